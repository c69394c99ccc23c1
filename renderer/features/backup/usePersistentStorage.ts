/**
 * Asks the browser to keep this origin's storage permanently (`navigator.storage.persist()`), so IndexedDB is
 * not evicted when the disk runs low, and reports the answer. Electron grants it; a browser may refuse.
 */
import { useEffect, useState } from 'react';

export type Persistence = 'checking' | 'granted' | 'denied' | 'unsupported';

export async function requestPersistentStorage(): Promise<Exclude<Persistence, 'checking'>> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export function usePersistentStorage(): Persistence {
  const [state, setState] = useState<Persistence>('checking');
  useEffect(() => {
    let cancelled = false;
    void requestPersistentStorage().then((answer) => !cancelled && setState(answer));
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
