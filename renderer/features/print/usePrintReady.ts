import { useEffect } from 'react';
import { markPrintReady, resetPrintReady } from './printReady';

/** Call from a print view with `ready` true once everything it prints has loaded. */
export function usePrintReady(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    markPrintReady();
    return resetPrintReady;
  }, [ready]);
}
