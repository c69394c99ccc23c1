/**
 * Reads a competition archive. Checks run from the outside in, each with its own code: not JSON, another kind of
 * file, a newer version, changed after export (checksum), content that breaks the format. Every content problem
 * is reported, not only the first, so `validate` can list them all.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex, utf8Encode } from '../../competitions/webApis';
import { megabytes } from '../../safety/importLimits';
import { readJsonFile } from '../../safety/readJsonFile';
import {
  COMPETITION_ARCHIVE_FORMAT,
  competitionArchiveV1Schema,
  competitionArchiveV2Schema,
  type CompetitionArchive,
} from './competitionArchiveSchema';

export const ARCHIVE_ERROR_CODES = ['file_too_large', 'too_deep', 'not_json', 'wrong_format', 'unsupported_version', 'checksum_mismatch', 'invalid_content'] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export interface ArchiveError {
  readonly code: ArchiveErrorCode;
  /** For invalid_content: where (e.g. "marks.12.itemId") and what (zod's message). */
  readonly path?: string;
  readonly message?: string;
}

export type ParseCompetitionArchiveResult =
  | { readonly ok: true; readonly archive: CompetitionArchive }
  | { readonly ok: false; readonly errors: readonly ArchiveError[] };

export async function parseCompetitionArchive(bytes: Uint8Array): Promise<ParseCompetitionArchiveResult> {
  const fail = (...errors: ArchiveError[]): ParseCompetitionArchiveResult => ({ ok: false, errors });
  const read = readJsonFile('competitionArchive', bytes);
  if (!read.ok) return fail({ code: read.code, ...(read.code === 'file_too_large' ? { message: `${megabytes(read.params.size)} MB > ${megabytes(read.params.limit)} MB` } : {}) });
  if (typeof read.value !== 'object' || read.value === null || Array.isArray(read.value)) return fail({ code: 'not_json' });
  const record = read.value as Record<string, unknown>;
  if (record.format !== COMPETITION_ARCHIVE_FORMAT) return fail({ code: 'wrong_format', message: String(record.format ?? '') });
  // Each version is read by its own strict schema: a version 1 file carrying a version 2 field is refused.
  const schema = record.version === 1 ? competitionArchiveV1Schema : record.version === 2 ? competitionArchiveV2Schema : undefined;
  if (!schema) return fail({ code: 'unsupported_version', message: String(record.version) });
  const { checksum, ...content } = record;
  const expected = typeof checksum === 'object' && checksum !== null ? (checksum as Record<string, unknown>).value : undefined;
  let actual: string | undefined;
  try {
    actual = await sha256Hex(utf8Encode(canonicalJson(content)));
  } catch {
    actual = undefined;
  }
  const errors: ArchiveError[] = [];
  if (typeof expected !== 'string' || actual !== expected) errors.push({ code: 'checksum_mismatch' });
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 100)) {
      errors.push({ code: 'invalid_content', path: issue.path.join('.'), message: issue.message });
    }
  }
  return errors.length > 0 || !parsed.success ? fail(...errors) : { ok: true, archive: parsed.data };
}
