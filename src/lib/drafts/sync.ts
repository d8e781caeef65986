/**
 * Tells other tabs when a draft changes, and hears about their changes: BroadcastChannel where
 * there is one, and the `storage` event (fired in other tabs by every localStorage write) as well,
 * so a missing channel loses nothing. Listeners are told which draft changed (null: possibly all).
 */
import { DRAFT_PREFIX, KEY_PREFIX, idFromKey } from './store';

const CHANNEL = 'sen-portal-drafts';

export interface DraftSync {
  /** Tell other tabs this draft was saved or deleted. */
  announce(id: string | null): void;
  close(): void;
}

type Message = { type: 'changed'; id: string | null; from: string };

export function createDraftSync(onChange: (id: string | null) => void): DraftSync {
  const me = Math.random().toString(36).slice(2);
  let channel: BroadcastChannel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  const onMessage = (event: MessageEvent<Message>) => {
    const m = event.data;
    if (m && m.type === 'changed' && m.from !== me) onChange(typeof m.id === 'string' ? m.id : null);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null) return onChange(null);
    if (event.key.startsWith(DRAFT_PREFIX)) onChange(idFromKey(event.key));
    else if (event.key.startsWith(KEY_PREFIX)) onChange(null);
  };
  channel?.addEventListener('message', onMessage);
  globalThis.addEventListener?.('storage', onStorage);
  return {
    announce(id) {
      try {
        channel?.postMessage({ type: 'changed', id, from: me } satisfies Message);
      } catch {
        // A closed channel: the storage event still reaches other tabs.
      }
    },
    close() {
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}
