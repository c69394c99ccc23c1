/**
 * Running out of disk space or browser storage quota during a write. IndexedDB then aborts the transaction,
 * so what was saved before stays as it was; the user must learn plainly that nothing of this write was kept and
 * why. A Dexie middleware turns the browser's QuotaExceededError (whatever wrapper it arrives in) into one
 * `StorageFullError`, so every repository's writes report it the same way and the UI has one message for it.
 */
import type { DBCore, Middleware } from 'dexie';

export class StorageFullError extends Error {
  readonly code = 'storage_full';
  constructor(cause: unknown) {
    super('The disk or the browser storage is full: nothing of this change was saved; earlier data is intact.', { cause });
    this.name = 'StorageFullError';
  }
}

/** True for the browser's quota error, also when Dexie wraps it (AbortError with an inner cause). */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
  return isQuotaExceeded(inner, depth + 1) || isQuotaExceeded(cause, depth + 1);
}

function rethrow(error: unknown): never {
  throw isQuotaExceeded(error) && !(error instanceof StorageFullError) ? new StorageFullError(error) : error;
}

export const storageFullMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storageFull',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return { ...table, mutate: (request) => table.mutate(request).catch(rethrow) };
    },
  }),
};
