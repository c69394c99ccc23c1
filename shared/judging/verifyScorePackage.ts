/**
 * Checks a score package before anything is written (DESIGN §4): the file must be exactly as signed (canonical
 * bytes), signed by the key in it, that key must be the one pinned for the device (or be confirmed by a person on
 * first import), for this competition and rubric, from known judge assignments, with unbroken chains whose
 * marks are what the file says. Every refusal is a code with parameters for the UI to put in words.
 */
import { canonicalJson, inCanonicalOrder } from '../competitions/package/canonicalJson';
import type { Mark } from '../domain';
import { utf8Encode } from '../competitions/webApis';
import { keyFingerprint, verifySignature } from '../crypto/signing';
import { megabytes } from '../safety/importLimits';
import { readJsonFile } from '../safety/readJsonFile';
import { groupChains, hashMarkEvents, verifyMarkChain } from './markChain';
import { replayMarkEvents } from './replayMarkEvents';
import { SCORE_PACKAGE_FORMAT, SCORE_PACKAGE_VERSION, scorePackageSchema, type ScorePackage } from './scorePackageSchema';

export const SCORE_PACKAGE_ERROR_CODES = [
  /** Over the score package cap (shared/safety/importLimits.ts), refused before reading. params: { size, limit } in MB */
  'file_too_large',
  /** JSON nested deeper than any score package, refused before parsing. */
  'too_deep',
  'not_json',
  'wrong_format',
  /** params: { version } */
  'unsupported_version',
  /** params: { path } */
  'invalid_content',
  /** The bytes are not the canonical form that was signed (e.g. re-formatted or edited). */
  'not_canonical',
  'bad_signature',
  /** The device's key differs from the one pinned on this master. params: { deviceId, fingerprint, pinnedFingerprint } */
  'key_changed',
  /** params: { competitionId } */
  'wrong_competition',
  'rubric_mismatch',
  /** An event of another device or competition inside the package. params: { seq } */
  'foreign_event',
  /** params: { code, seq, chain } */
  'chain_broken',
  /** params: { assignmentId } */
  'unknown_assignment',
  'marks_mismatch',
] as const;
export type ScorePackageErrorCode = (typeof SCORE_PACKAGE_ERROR_CODES)[number];

export interface ScorePackageContext {
  readonly competitionId: string;
  readonly rubricHash: string;
  /** Judge assignments of the competition on this master. */
  readonly assignmentIds: ReadonlySet<string>;
  /** The public key pinned for the package's device, if any. */
  readonly pinnedKeyOf: (deviceId: string) => string | undefined;
}

export type ScorePackageCheck =
  | {
      readonly ok: true;
      readonly pkg: ScorePackage;
      readonly fingerprint: string;
      /** No key is pinned for this device yet: a person must confirm the fingerprint before import. */
      readonly firstImport: boolean;
    }
  | { readonly ok: false; readonly code: ScorePackageErrorCode; readonly params: Readonly<Record<string, string | number>> };

const fail = (code: ScorePackageErrorCode, params: Record<string, string | number> = {}): ScorePackageCheck => ({ ok: false, code, params });

export async function verifyScorePackage(bytes: Uint8Array, context: ScorePackageContext): Promise<ScorePackageCheck> {
  const read = readJsonFile('scorePackage', bytes);
  if (!read.ok) {
    if (read.code === 'file_too_large') return fail('file_too_large', { size: megabytes(read.params.size), limit: megabytes(read.params.limit) });
    return fail(read.code);
  }
  const { text, value: raw } = read;
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SCORE_PACKAGE_FORMAT) return fail('wrong_format');
  const version = (raw as { version?: unknown }).version;
  if (version !== SCORE_PACKAGE_VERSION) return fail('unsupported_version', { version: String(version) });
  const parsed = scorePackageSchema.safeParse(raw);
  if (!parsed.success) return fail('invalid_content', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  const pkg = parsed.data;
  // The signature and the hashes are checked over the file's own text and objects, so the parsed package must be
  // all of it: a member the schema would silently drop is refused.
  const dropped = droppedMember(raw, pkg);
  if (dropped !== undefined) return fail('invalid_content', { path: dropped });
  // Parsed JSON whose keys are all in canonical order serialises natively to its canonical form (much faster).
  const ordered = inCanonicalOrder(raw);
  const canonical = ordered ? JSON.stringify(raw) : canonicalJson(raw);
  if (text.length !== canonical.length + 1 || !text.endsWith('\n') || !text.startsWith(canonical)) return fail('not_canonical');

  const signed = signedBytesOf(bytes, raw as ScorePackage);
  if (!signed) return fail('not_canonical');
  // The event hashes are started now so WebCrypto works on them while it checks the signature; they are looked
  // at only after every check before the chains has passed, so refusals come in the same order as ever.
  // The file's own events (canonically ordered, as just checked) hash the same as the parsed ones.
  const hashing = hashMarkEvents((raw as ScorePackage).events, ordered ? JSON.stringify : canonicalJson);
  hashing.catch(() => undefined);
  if (!(await verifySignature(pkg.device.publicKey, signed, pkg.signature.value))) return fail('bad_signature');
  const fingerprint = (await keyFingerprint(pkg.device.publicKey))!;
  const pinned = context.pinnedKeyOf(pkg.device.deviceId);
  if (pinned !== undefined && pinned !== pkg.device.publicKey) {
    return fail('key_changed', { deviceId: pkg.device.deviceId, fingerprint, pinnedFingerprint: (await keyFingerprint(pinned)) ?? '' });
  }
  if (pkg.competitionId !== context.competitionId) return fail('wrong_competition', { competitionId: pkg.competitionId });
  if (pkg.rubricHash !== context.rubricHash) return fail('rubric_mismatch');

  for (const event of pkg.events) {
    if (event.deviceId !== pkg.device.deviceId || event.competitionId !== pkg.competitionId) return fail('foreign_event', { seq: event.seq });
    const who = event.byAssignmentId ?? event.assignmentId;
    if (!context.assignmentIds.has(event.assignmentId) || !context.assignmentIds.has(who)) return fail('unknown_assignment', { assignmentId: who });
  }
  // Chains must appear whole and in order in the file: grouping would hide a re-ordering, so check the file order.
  const seen = new Set<string>();
  let current = '';
  for (const event of pkg.events) {
    const key = `${event.assignmentId}`;
    if (key !== current) {
      if (seen.has(key)) return fail('chain_broken', { code: 'split_chain', seq: event.seq, chain: key });
      seen.add(key);
      current = key;
    }
  }
  const hashes = await hashing;
  const hashOf = new Map(pkg.events.map((event, i) => [event, hashes[i]!]));
  for (const chain of groupChains(pkg.events).values()) {
    const issue = verifyMarkChain(chain, undefined, (event) => hashOf.get(event)!)[0];
    if (issue) return fail('chain_broken', { code: issue.code, ...issue.params });
  }
  for (let i = 1; i < pkg.events.length; i++) {
    const [a, b] = [pkg.events[i - 1]!, pkg.events[i]!];
    if (a.assignmentId === b.assignmentId && b.seq !== a.seq + 1) return fail('chain_broken', { code: 'seq_gap', seq: b.seq, chain: b.assignmentId });
  }
  if (!sameMarks(replayMarkEvents(pkg.events).marks, pkg.marks)) return fail('marks_mismatch');
  return { ok: true, pkg, fingerprint, firstImport: pinned === undefined };
}

/**
 * The bytes the signature covers: the canonical JSON of the package without `signature`. The file has passed the
 * canonical check, so it is that text with the `"signature"` member cut out (keys are sorted: it is followed only
 * by `"version"`). Cutting the file's own bytes spares re-serialising and re-encoding the whole package.
 */
function signedBytesOf(bytes: Uint8Array, raw: ScorePackage): Uint8Array | undefined {
  const version = `"version":${canonicalJson(raw.version)}}`;
  const tail = utf8Encode(`,"signature":${canonicalJson(raw.signature)},${version}\n`);
  const head = bytes.length - tail.length;
  if (head < 0 || tail.some((b, i) => bytes[head + i] !== b)) return undefined;
  const end = utf8Encode(`,${version}`);
  const signed = new Uint8Array(head + end.length);
  signed.set(bytes.subarray(0, head));
  signed.set(end, head);
  return signed;
}

/** The path of the first member of `raw` that parsing left out of `parsed`, if any. */
function droppedMember(raw: unknown, parsed: unknown, path = ''): string | undefined {
  if (raw === null || typeof raw !== 'object' || parsed === null || typeof parsed !== 'object') return undefined;
  if (Array.isArray(raw)) {
    for (let i = 0; i < raw.length; i++) {
      const found = droppedMember(raw[i], (parsed as unknown[])[i], path ? `${path}.${i}` : String(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(raw)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.prototype.hasOwnProperty.call(parsed, key)) return at;
    const found = droppedMember((raw as Record<string, unknown>)[key], (parsed as Record<string, unknown>)[key], at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The file's marks are exactly those its events give (same ids, events, values, notes and locks). */
function sameMarks(expected: readonly Mark[], actual: readonly Mark[]): boolean {
  return expected.length === actual.length && expected.every((mark, i) => sameMark(mark, actual[i]!));
}

/**
 * The same as comparing the two marks' canonical JSON, without writing it: the same members, every one but `value`
 * a string or number compared as is, and `value` (a small object) by its canonical JSON.
 */
function sameMark(a: Mark, b: Mark): boolean {
  const keys = Object.keys(a).filter((key) => a[key as keyof Mark] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key as keyof Mark] !== undefined).length) return false;
  return keys.every((key) => (key === 'value' ? canonicalJson(a.value) === canonicalJson(b.value) : a[key as keyof Mark] === b[key as keyof Mark]));
}
