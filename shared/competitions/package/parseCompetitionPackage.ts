/**
 * Reads a competition package on a judge laptop. Checks run from the outside in, each with its own code, so
 * the message can say what is wrong: not a JSON file at all, another kind of file, a newer version, a file
 * changed after export (checksum), or content that breaks the format.
 */
import { checkFileSize, IMPORT_LIMITS, megabytes } from '../../safety/importLimits';
import { exceedsJsonDepth } from '../../safety/jsonDepth';
import { decodeText } from '../webApis';
import {
  COMPETITION_PACKAGE_FORMAT,
  COMPETITION_PACKAGE_VERSION,
  competitionPackageV1Schema,
  type CompetitionPackageV1,
} from './competitionPackageSchema';
import { packageChecksum } from './packageChecksum';

export const PACKAGE_ERROR_CODES = [
  /** Over the package cap (importLimits.ts), refused before reading. params: { size, limit } in MB */
  'file_too_large',
  /** JSON nested deeper than any package (importLimits.ts), refused before parsing. */
  'too_deep',
  /** Not UTF-8 JSON. */
  'not_json',
  /** JSON, but not a competition package. params: { format } (what the file says it is, or '') */
  'wrong_format',
  /** A package version this app does not read (made by a newer version?). params: { version } */
  'unsupported_version',
  /** The content breaks the format. params: { path } (e.g. "entries.3.anonCode"), { issue } (zod issue code) */
  'invalid_content',
  /** The content was changed after export, or the file is damaged. */
  'checksum_mismatch',
] as const;
export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];

export type ParseCompetitionPackageResult =
  | { ok: true; pkg: CompetitionPackageV1 }
  | { ok: false; error: { code: PackageErrorCode; params?: Readonly<Record<string, string | number>> } };

export async function parseCompetitionPackage(bytes: Uint8Array): Promise<ParseCompetitionPackageResult> {
  type Params = Readonly<Record<string, string | number>>;
  const fail = (code: PackageErrorCode, params?: Params): ParseCompetitionPackageResult => ({
    ok: false,
    error: params ? { code, params } : { code },
  });

  const size = checkFileSize('competitionPackage', bytes.byteLength);
  if (!size.ok) return fail('file_too_large', { size: megabytes(size.params.size), limit: megabytes(size.params.limit) });
  let raw: unknown;
  try {
    const text = decodeText(bytes, 'utf-8', true).replace(/^\uFEFF/, '');
    if (exceedsJsonDepth(text, IMPORT_LIMITS.competitionPackage.maxDepth)) return fail('too_deep');
    raw = JSON.parse(text);
  } catch {
    return fail('not_json');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('wrong_format', { format: '' });
  const record = raw as Record<string, unknown>;
  if (record.format !== COMPETITION_PACKAGE_FORMAT) {
    return fail('wrong_format', { format: typeof record.format === 'string' ? record.format.slice(0, 100) : '' });
  }
  if (record.version !== COMPETITION_PACKAGE_VERSION) {
    const version = record.version;
    return fail('unsupported_version', { version: typeof version === 'number' ? version : String(version).slice(0, 20) });
  }

  const { checksum, ...content } = record;
  const value = typeof checksum === 'object' && checksum !== null ? (checksum as Record<string, unknown>).value : undefined;
  if (typeof value !== 'string') return fail('invalid_content', { path: 'checksum', issue: 'invalid_type' });
  let actual: string;
  try {
    actual = await packageChecksum(content);
  } catch {
    return fail('invalid_content', { path: '', issue: 'invalid_type' });
  }
  if (actual !== value) return fail('checksum_mismatch');

  const parsed = competitionPackageV1Schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid_content', { path: issue?.path.join('.') ?? '', issue: issue?.code ?? 'custom' });
  }
  return { ok: true, pkg: parsed.data };
}
