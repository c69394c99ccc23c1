/**
 * Reads and verifies a competition package on a judge laptop. Checks run from the outside in, each with its own
 * code, so the message can say what is wrong: not a JSON file, another kind of file, a version-1 file (made
 * before packages were signed: re-export it from the master), a newer version, a damaged file (checksum), a
 * file whose signature does not hold (changed after export, even with a recomputed checksum), content that
 * breaks the format, or a package dated in the future. Whether the signing key is the pinned master key is the
 * importer's question (checkPackageSigner): it needs the laptop's pinned keys.
 */
import { keyFingerprint, verifySignature } from '../../crypto/signing';
import { megabytes } from '../../safety/importLimits';
import { readJsonFile } from '../../safety/readJsonFile';
import {
  COMPETITION_PACKAGE_FORMAT,
  COMPETITION_PACKAGE_VERSION,
  competitionPackageV2Schema,
  type CompetitionPackage,
} from './competitionPackageSchema';
import { packageChecksum, signedContentBytes } from './packageChecksum';

export const PACKAGE_ERROR_CODES = [
  /** Over the package cap (importLimits.ts), refused before reading. params: { size, limit } in MB */
  'file_too_large',
  /** JSON nested deeper than any package (importLimits.ts), refused before parsing. */
  'too_deep',
  /** Not UTF-8 JSON. */
  'not_json',
  /** JSON, but not a competition package. params: { format } (what the file says it is, or '') */
  'wrong_format',
  /** A version-1 package: unsigned, with codes beside orders; no longer accepted. Re-export from the master. */
  'version_retired',
  /** A package version this app does not read (made by a newer version?). params: { version } */
  'unsupported_version',
  /** The content breaks the format. params: { path } (e.g. "subjects.sealed.3.ref"), { issue } (zod issue code) */
  'invalid_content',
  /** The file is damaged (its content does not match its checksum). */
  'checksum_mismatch',
  /** The signature does not hold: the content was changed after the master signed it. */
  'bad_signature',
  /** The package says it was exported later than now (a wrong clock, or a file made to outrank later ones). params: { exportedAt } */
  'dated_in_future',
] as const;
export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];

/** Clocks of two laptops may differ a little; more than this ahead is refused. */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

export type ParseCompetitionPackageResult =
  | { ok: true; pkg: CompetitionPackage; fingerprint: string }
  | { ok: false; error: { code: PackageErrorCode; params?: Readonly<Record<string, string | number>> } };

export async function parseCompetitionPackage(bytes: Uint8Array, now: Date = new Date()): Promise<ParseCompetitionPackageResult> {
  type Params = Readonly<Record<string, string | number>>;
  const fail = (code: PackageErrorCode, params?: Params): ParseCompetitionPackageResult => ({
    ok: false,
    error: params ? { code, params } : { code },
  });

  const read = readJsonFile('competitionPackage', bytes);
  if (!read.ok) {
    if (read.code === 'file_too_large') return fail('file_too_large', { size: megabytes(read.params.size), limit: megabytes(read.params.limit) });
    return fail(read.code);
  }
  const raw = read.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('wrong_format', { format: '' });
  const record = raw as Record<string, unknown>;
  if (record.format !== COMPETITION_PACKAGE_FORMAT) {
    return fail('wrong_format', { format: typeof record.format === 'string' ? record.format.slice(0, 100) : '' });
  }
  if (record.version === 1) return fail('version_retired');
  if (record.version !== COMPETITION_PACKAGE_VERSION) {
    const version = record.version;
    return fail('unsupported_version', { version: typeof version === 'number' ? version : String(version).slice(0, 20) });
  }

  const checksum = record.checksum;
  const value = typeof checksum === 'object' && checksum !== null ? (checksum as Record<string, unknown>).value : undefined;
  if (typeof value !== 'string') return fail('invalid_content', { path: 'checksum', issue: 'invalid_type' });
  let content: Uint8Array;
  try {
    content = signedContentBytes(record);
    if ((await packageChecksum(record)) !== value) return fail('checksum_mismatch');
  } catch {
    return fail('invalid_content', { path: '', issue: 'invalid_type' });
  }

  const parsed = competitionPackageV2Schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid_content', { path: issue?.path.join('.') ?? '', issue: issue?.code ?? 'custom' });
  }
  const pkg = parsed.data;
  if (!(await verifySignature(pkg.signer.publicKey, content, pkg.signature.value))) return fail('bad_signature');
  if (Date.parse(pkg.exportedAt) > now.getTime() + CLOCK_SKEW_MS) return fail('dated_in_future', { exportedAt: pkg.exportedAt });
  const fingerprint = await keyFingerprint(pkg.signer.publicKey);
  if (!fingerprint) return fail('bad_signature');
  return { ok: true, pkg, fingerprint };
}
