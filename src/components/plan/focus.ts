/**
 * Where focus goes after the builder changes what is on screen (a new view, an added outcome, a
 * removed one). The request waits until its element exists: views that load on demand (check your
 * answers, print, open a file) apply it when they mount, everything else right after the render.
 */
import { focusField } from './ErrorSummary';

export const HEADING_ID = 'plan-heading';

let pending: string | null = null;

export function requestFocus(id: string | null): void {
  pending = id;
}

/** Move focus to the requested element if it is on the page now. Returns true once done. */
export function applyPendingFocus(): boolean {
  const id = pending;
  if (!id) return false;
  const el = document.getElementById(id);
  // While a view loads, React keeps the old one in the page but hidden (Suspense): wait for the new one.
  if (!el || el.getClientRects().length === 0) return false;
  pending = null;
  if (id === HEADING_ID) {
    el.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } else focusField(id);
  return true;
}
