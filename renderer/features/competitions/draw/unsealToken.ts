/**
 * Proof, for a short while, that the encryption officer unsealed a competition's code map with their PIN in this
 * session. The draw tab grants it after the PIN check; the sealed print view and the roster's code column
 * require it, so opening the print route directly does not bypass the PIN.
 *
 * The grant lives in sessionStorage (key `jiangxin.unsealed.<competitionId>`), which the same tab sees. A print
 * is rendered in another window — Electron's hidden print window, or the browser tab opened for printing, which
 * does not inherit sessionStorage — so the grant is mirrored in localStorage and that copy is honoured only when
 * the print route carries the grant's random token, which only the unsealing tab knows.
 */

export const UNSEAL_KEY_PREFIX = 'jiangxin.unsealed.';
/** How long an unseal lasts. */
export const UNSEAL_TTL_MS = 10 * 60 * 1000;

export interface UnsealGrant {
  /** Random hex, passed to the print route. */
  readonly token: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
  /** The judge assignment (role `encryption`) whose PIN unsealed. */
  readonly officerId: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface UnsealStores {
  readonly session?: StorageLike | undefined;
  readonly local?: StorageLike | undefined;
}

function browserStores(): UnsealStores {
  // Either store may be missing or throw (private modes, sandboxed frames): then there is no grant.
  const get = (name: 'sessionStorage' | 'localStorage') => {
    try {
      return globalThis[name];
    } catch {
      return undefined;
    }
  };
  return { session: get('sessionStorage'), local: get('localStorage') };
}

export function unsealKey(competitionId: string): string {
  return `${UNSEAL_KEY_PREFIX}${competitionId}`;
}

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function read(store: StorageLike | undefined, key: string): UnsealGrant | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { token, expiresAt, officerId } = value as Record<string, unknown>;
    if (typeof token !== 'string' || token.length < 16 || typeof expiresAt !== 'number' || typeof officerId !== 'string') return null;
    return { token, expiresAt, officerId };
  } catch {
    return null;
  }
}

function write(store: StorageLike | undefined, key: string, value: string | null) {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // A full or refused store just means no grant there.
  }
}

export function grantUnseal(
  competitionId: string,
  officerId: string,
  { now = Date.now(), stores = browserStores() }: { now?: number; stores?: UnsealStores } = {},
): UnsealGrant {
  const grant: UnsealGrant = { token: randomToken(), expiresAt: now + UNSEAL_TTL_MS, officerId };
  const text = JSON.stringify(grant);
  write(stores.session, unsealKey(competitionId), text);
  write(stores.local, unsealKey(competitionId), text);
  return grant;
}

export function revokeUnseal(competitionId: string, stores: UnsealStores = browserStores()): void {
  write(stores.session, unsealKey(competitionId), null);
  write(stores.local, unsealKey(competitionId), null);
}

/**
 * The grant in force for a competition: this tab's, or — for a print window — the mirrored one when `urlToken`
 * matches it. Expired grants are removed.
 */
export function activeUnseal(
  competitionId: string,
  { urlToken, now = Date.now(), stores = browserStores() }: { urlToken?: string | null; now?: number; stores?: UnsealStores } = {},
): UnsealGrant | null {
  const key = unsealKey(competitionId);
  const session = read(stores.session, key);
  if (session && session.expiresAt <= now) write(stores.session, key, null);
  const local = read(stores.local, key);
  if (local && local.expiresAt <= now) write(stores.local, key, null);
  if (session && session.expiresAt > now) return session;
  if (urlToken && local && local.expiresAt > now && local.token === urlToken) return local;
  return null;
}
