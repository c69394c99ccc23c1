/**
 * Unsealed code maps, in memory only: what 揭封 opened in this window, for the screens that need to name the
 * entrant behind a code (the encryption officer's list, results after sign-off). Never written to IndexedDB,
 * localStorage or any file; gone when the window closes or the officer seals again.
 *
 *   const map = useUnsealedCodeMap(competitionId);   // undefined while sealed
 *   map?.codes.get(entryId)                           // "K137"
 */
import { useSyncExternalStore } from 'react';
import type { CodeMap } from '../../shared/competitions/sealing/codeMap';
import type { Repositories } from './repositories';

const open = new Map<string, CodeMap>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function holdUnsealedCodeMap(map: CodeMap): void {
  open.set(map.competitionId, map);
  notify();
}

export function forgetUnsealedCodeMap(competitionId: string): void {
  if (open.delete(competitionId)) notify();
}

export function unsealedCodeMapOf(competitionId: string): CodeMap | undefined {
  return open.get(competitionId);
}

/** Unseals with the passphrase and keeps the map open in this window. Throws WrongPassphraseError. */
export async function unsealCodeMap(repositories: Repositories, competitionId: string, passphrase: string): Promise<CodeMap> {
  const map = await repositories.sealing.unseal(competitionId, passphrase);
  holdUnsealedCodeMap(map);
  return map;
}

/** The open map of a competition, or undefined while it is sealed; re-renders when it opens or closes. */
export function useUnsealedCodeMap(competitionId: string): CodeMap | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => open.get(competitionId),
  );
}
