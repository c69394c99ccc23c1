/**
 * The mark event log (DESIGN §2 "Mark", §4): every committed value is one event, hash-chained per
 * [competitionId + assignmentId + deviceId]. An event's `id` is SHA-256 over the canonical JSON of all its other
 * fields, `prevHash` names the event before it, and `seq` counts from 1 without gaps — so a changed byte, a
 * dropped, inserted or re-ordered event, or an event moved to another chain breaks the chain.
 */
import { canonicalJson } from '../competitions/package/canonicalJson';
import type { MarkEvent } from '../domain';
import { sha256Hex as sha256HexAsync, utf8Encode } from '../competitions/webApis';
import { sha256Hex } from '../util/sha256';

export const GENESIS_HASH = '0'.repeat(64);

/** An event before it is placed in its chain. */
export type MarkEventDraft = Omit<MarkEvent, 'id' | 'seq' | 'prevHash'>;

/** The identity of one chain. */
export interface ChainKey {
  readonly competitionId: string;
  readonly assignmentId: string;
  readonly deviceId: string;
}

export function chainKeyOf(key: ChainKey): string {
  return `${key.competitionId}|${key.assignmentId}|${key.deviceId}`;
}

/** SHA-256 (hex) of the canonical JSON of the event without its `id`. */
export function hashMarkEvent(event: Omit<MarkEvent, 'id'>): string {
  const { id: _id, ...rest } = event as MarkEvent;
  return sha256Hex(utf8Encode(canonicalJson(rest)));
}

/**
 * Every event's hash (as hashMarkEvent gives it), computed by WebCrypto in parallel: the same digests, much
 * faster for a score package's tens of thousands of events than the synchronous hash. `serialise` may be
 * `JSON.stringify` only for events whose keys are already in canonical order (see inCanonicalOrder).
 */
export async function hashMarkEvents(events: readonly Omit<MarkEvent, 'id'>[], serialise: (value: unknown) => string = canonicalJson): Promise<string[]> {
  return Promise.all(
    events.map((event) => {
      const { id: _id, ...rest } = event as MarkEvent;
      return sha256HexAsync(utf8Encode(serialise(rest)));
    }),
  );
}

/** The next event of a chain whose last event is `last` (undefined for an empty chain). */
export function chainMarkEvent(last: MarkEvent | undefined, draft: MarkEventDraft): MarkEvent {
  if (last && chainKeyOf(last) !== chainKeyOf(draft)) throw new RangeError('the draft belongs to another chain');
  const body: Omit<MarkEvent, 'id'> = { ...dropUndefined(draft), seq: (last?.seq ?? 0) + 1, prevHash: last?.id ?? GENESIS_HASH };
  return { ...body, id: hashMarkEvent(body) };
}

export type ChainIssueCode =
  /** An event's id is not the hash of its content (a changed byte). */
  | 'hash_mismatch'
  /** `prevHash` does not name the event before (dropped, inserted or re-ordered). */
  | 'prev_hash_mismatch'
  /** `seq` does not count 1, 2, 3… */
  | 'seq_gap'
  /** The events of one chain name different competitions, assignments or devices. */
  | 'mixed_chain';

export interface ChainIssue {
  readonly code: ChainIssueCode;
  readonly params: { readonly seq: number; readonly chain: string };
}

/**
 * Checks one chain given in order. `after` is the already trusted event the chain continues from (for checking a
 * tail on top of stored events); without it the chain must start at seq 1 from the genesis hash. `hashOf` gives an
 * event's hash (by default computed here; verifyScorePackage passes hashes computed in a batch by hashMarkEvents).
 */
export function verifyMarkChain(events: readonly MarkEvent[], after?: MarkEvent, hashOf: (event: MarkEvent) => string = hashMarkEvent): ChainIssue[] {
  const issues: ChainIssue[] = [];
  let previous = after;
  const key = after ? chainKeyOf(after) : events[0] ? chainKeyOf(events[0]) : '';
  for (const event of events) {
    const params = { seq: event.seq, chain: key };
    if (chainKeyOf(event) !== key) issues.push({ code: 'mixed_chain', params });
    if (hashOf(event) !== event.id) issues.push({ code: 'hash_mismatch', params });
    if (event.seq !== (previous?.seq ?? 0) + 1) issues.push({ code: 'seq_gap', params });
    if (event.prevHash !== (previous?.id ?? GENESIS_HASH)) issues.push({ code: 'prev_hash_mismatch', params });
    previous = event;
  }
  return issues;
}

/** Events grouped by chain, each chain sorted by seq. */
export function groupChains(events: readonly MarkEvent[]): Map<string, MarkEvent[]> {
  const chains = new Map<string, MarkEvent[]>();
  for (const event of events) {
    const key = chainKeyOf(event);
    const chain = chains.get(key);
    if (chain) chain.push(event);
    else chains.set(key, [event]);
  }
  for (const chain of chains.values()) chain.sort((a, b) => a.seq - b.seq);
  return chains;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
