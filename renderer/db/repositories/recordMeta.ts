import type { RecordMeta } from '../../../shared/domain';

/** A record as the caller edits it: id known, version and timestamp filled in on save. */
export type Draft<T extends RecordMeta> = Omit<T, 'version' | 'updatedAt'> & Partial<Pick<T, 'version' | 'updatedAt'>>;

/** Stamps a record for saving: one more version than the stored copy, and the current time. */
export function stamp<T extends RecordMeta>(draft: Draft<T>, stored: Pick<RecordMeta, 'version'> | undefined, now = new Date()): T {
  return { ...draft, version: (stored?.version ?? 0) + 1, updatedAt: now.toISOString() } as T;
}

/** A new random id for a user-created record. */
export function newId(): string {
  return crypto.randomUUID();
}
