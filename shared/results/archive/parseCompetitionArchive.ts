/**
 * Reads a competition archive. Checks run from the outside in, each with its own code: not JSON, another kind of
 * file, a newer version, changed after export (checksum), content that breaks the format. Every content problem
 * is reported, not only the first, so `validate` can list them all.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { decodeText, sha256Hex, utf8Encode } from '../../competitions/webApis';
import {
  COMPETITION_ARCHIVE_FORMAT,
  COMPETITION_ARCHIVE_VERSION,
  competitionArchiveV1Schema,
  type CompetitionArchiveV1,
} from './competitionArchiveSchema';

export const ARCHIVE_ERROR_CODES = ['not_json', 'wrong_format', 'unsupported_version', 'checksum_mismatch', 'invalid_content'] as const;
export type ArchiveErrorCode = (typeof ARCHIVE_ERROR_CODES)[number];

export interface ArchiveError {
  readonly code: ArchiveErrorCode;
  /** For invalid_content: where (e.g. "marks.12.itemId") and what (zod's message). */
  readonly path?: string;
  readonly message?: string;
}

export type ParseCompetitionArchiveResult =
  | { readonly ok: true; readonly archive: CompetitionArchiveV1 }
  | { readonly ok: false; readonly errors: readonly ArchiveError[] };

/** Reads the JSON text of a file as an object, or undefined when it is not a JSON object. */
export function readJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const raw: unknown = JSON.parse(decodeText(bytes, 'utf-8', true).replace(/^\uFEFF/, ''));
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function parseCompetitionArchive(bytes: Uint8Array): Promise<ParseCompetitionArchiveResult> {
  const fail = (...errors: ArchiveError[]): ParseCompetitionArchiveResult => ({ ok: false, errors });
  const record = readJsonObject(bytes);
  if (!record) return fail({ code: 'not_json' });
  if (record.format !== COMPETITION_ARCHIVE_FORMAT) return fail({ code: 'wrong_format', message: String(record.format ?? '') });
  if (record.version !== COMPETITION_ARCHIVE_VERSION) return fail({ code: 'unsupported_version', message: String(record.version) });
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
  const parsed = competitionArchiveV1Schema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 100)) {
      errors.push({ code: 'invalid_content', path: issue.path.join('.'), message: issue.message });
    }
  }
  return errors.length > 0 || !parsed.success ? fail(...errors) : { ok: true, archive: parsed.data };
}
