/**
 * Gentle hints on how an outcome is worded (src/lib/outcomes/coach.ts). All local: nothing is sent
 * anywhere. Hints are never errors. The list updates as the person types; a polite live message
 * says how many tips there are, only after typing pauses and only when the number changes.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { coachOutcome, countWords, MIN_WORDS } from '../../lib/outcomes/coach';

const ANNOUNCE_DELAY_MS = 2000;

export function OutcomeCoach({ id, text }: { id: string; text: string }) {
  const deferred = useDeferredValue(text);
  const hints = useMemo(() => coachOutcome(deferred), [deferred]);
  const active = countWords(deferred) >= MIN_WORDS;
  const summary = !active ? '' : hints.length === 0 ? 'No tips: this outcome looks clear.' : `${hints.length} tip${hints.length === 1 ? '' : 's'} for this outcome, below it.`;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(summary), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return (
    <div id={id} className={`coach${active ? '' : ' coach--idle'}`}>
      {!active ? (
        <p className="coach__title">Tips will appear here as you write the outcome.</p>
      ) : hints.length === 0 ? (
        <p className="coach__title coach__title--good">This outcome says what will change, how everyone will know, and by when.</p>
      ) : (
        <>
          <p className="coach__title">Tips for this outcome (you can continue without them)</p>
          <ul className="coach__list">
            {hints.map((h) => (
              <li key={h.id}>{h.message}</li>
            ))}
          </ul>
        </>
      )}
      <div className="visually-hidden" aria-live="polite">
        {spoken}
      </div>
    </div>
  );
}
