/**
 * GOV.UK character count: a visible count that updates as the person types (never blocking
 * typing, even past the limit), a static "You can enter up to…" for screen readers, and a polite
 * live message that is updated only once typing pauses, so it is not read out on every key.
 */
import { useEffect, useState } from 'react';

/** Pause after typing before the live message is updated. */
const ANNOUNCE_DELAY_MS = 1000;

export function countMessage(length: number, max: number): string {
  const left = max - length;
  if (left >= 0) return `You have ${left} character${left === 1 ? '' : 's'} remaining`;
  return `You have ${-left} character${left === -1 ? '' : 's'} too many`;
}

interface Props {
  /** Id of the textarea or input; the info and messages use it as a prefix. */
  id: string;
  length: number;
  max: number;
  /** Show the visible count only past this share of the limit (0 shows it always). */
  threshold?: number;
}

/** Id of the static description to put in the control's aria-describedby. */
export const countInfoId = (id: string) => `${id}-info`;

export function CharacterCount({ id, length, max, threshold = 0 }: Props) {
  const message = countMessage(length, max);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(message), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const over = length > max;
  const visible = length >= max * threshold;
  return (
    <>
      <div id={countInfoId(id)} className="visually-hidden">
        You can enter up to {max} characters
      </div>
      {visible && (
        <div className={`char-count${over ? ' char-count--over' : ''}`} aria-hidden="true">
          {message}
        </div>
      )}
      <div className="visually-hidden" aria-live="polite">
        {visible ? spoken : ''}
      </div>
    </>
  );
}
