/**
 * GOV.UK error summary: "There is a problem", focused when it appears (so screen readers read
 * it at once), each error a link to its field with the same words as the inline message.
 * Links move focus to the field and scroll its label or legend into view, as GOV.UK Frontend
 * does; a link to a field in another view asks the builder to open that view first.
 */
import { useEffect, useRef } from 'react';
import type { FormError } from '../../lib/forms/validate';

interface Props {
  errors: FormError[];
  /** Changes each time the person submits, so the summary takes focus again. */
  attempt: number;
  /** Called for an error whose field is not on this view; return without handling to use the hash. */
  onOpen?: (error: FormError) => boolean;
}

/** Focus a field and bring its question into view (label above an input, or a fieldset's legend). */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const legend = el.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const heading = legend ?? label;
  el.focus({ preventScroll: true });
  (heading ?? el).scrollIntoView({ block: 'start' });
  return true;
}

export function ErrorSummary({ errors, attempt, onOpen }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        <ul className="error-summary__list">
          {errors.map((error) => (
            <li key={error.targetId + error.message}>
              <a
                href={`#${error.targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  if (focusField(error.targetId)) return;
                  onOpen?.(error);
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
