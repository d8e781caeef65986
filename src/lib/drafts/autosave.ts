/**
 * A debounced save: schedule() after every change, flush() on pagehide, cancel() when the draft
 * closes. Pure timing logic, no storage; tested with fake timers.
 */
export const AUTOSAVE_DELAY_MS = 400;

export interface Debounced {
  /** Run the action `delay` ms after the last call. */
  schedule(): void;
  /** Run it now if a run is waiting. Returns true when it ran. */
  flush(): boolean;
  /** Forget a waiting run. */
  cancel(): void;
  /** Is a run waiting? */
  pending(): boolean;
}

export function debounce(action: () => void, delay = AUTOSAVE_DELAY_MS): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    action();
  };
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(run, delay);
    },
    flush() {
      if (timer === null) return false;
      clearTimeout(timer);
      run();
      return true;
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    pending() {
      return timer !== null;
    },
  };
}
