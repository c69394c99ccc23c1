/** Building and reading a studio package: canonical JSON with a checksum, validated on the way in. */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { megabytes } from '../../safety/importLimits';
import { readJsonFile } from '../../safety/readJsonFile';
import { sha256Hex } from '../../util/sha256';
import { STUDIO_PACKAGE_FORMAT, STUDIO_PACKAGE_VERSION, studioPackageSchema, type StudioPackage } from './studioPackageSchema';

export function buildStudioPackage(input: Pick<StudioPackage, 'studioId' | 'records' | 'tombstones'>, exportedAt = new Date()): StudioPackage {
  const body = { records: input.records, tombstones: input.tombstones };
  return { format: STUDIO_PACKAGE_FORMAT, formatVersion: STUDIO_PACKAGE_VERSION, exportedAt: exportedAt.toISOString(), studioId: input.studioId, ...body, checksum: sha256Hex(canonicalJson(body)) };
}

export type ReadStudioPackage =
  | { ok: true; pkg: StudioPackage }
  | { ok: false; code: 'file_too_large' | 'too_deep' | 'not_json' | 'not_a_studio_package' | 'invalid' | 'checksum_mismatch'; detail?: string };

/** Reads a studio package file: the caps of shared/safety first, then the format, the schema and the checksum. */
export function readStudioPackage(bytes: Uint8Array): ReadStudioPackage {
  const read = readJsonFile('studioPackage', bytes);
  if (!read.ok) return read.code === 'file_too_large' ? { ok: false, code: read.code, detail: megabytes(read.params.limit) } : { ok: false, code: read.code };
  const json = read.value;
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== STUDIO_PACKAGE_FORMAT) return { ok: false, code: 'not_a_studio_package' };
  const parsed = studioPackageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, code: 'invalid', detail: parsed.error.issues[0]?.path.join('.') ?? '' };
  const pkg = parsed.data;
  // The checksum is over the file's own values (before zod defaults), so a changed byte is caught.
  const raw = json as Pick<StudioPackage, 'records' | 'tombstones'>;
  if (sha256Hex(canonicalJson({ records: raw.records, tombstones: raw.tombstones })) !== pkg.checksum) return { ok: false, code: 'checksum_mismatch' };
  return { ok: true, pkg };
}
