/** Building and reading a studio package: canonical JSON with a checksum, validated on the way in. */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { megabytes } from '../../safety/importLimits';
import { readJsonFile } from '../../safety/readJsonFile';
import { fromBase64, toBase64 } from '../../crypto/encoding';
import { sha256Hex } from '../../util/sha256';
import { STUDIO_PACKAGE_FORMAT, STUDIO_PACKAGE_VERSION, studioPackageSchema, type StudioPackage } from './studioPackageSchema';

export interface StudioPackageInput {
  readonly studioId: string;
  readonly records: StudioPackage['records'];
  readonly tombstones: StudioPackage['tombstones'];
  /** The bytes of each attachment in `records.attachments`, by attachment id. */
  readonly blobs?: ReadonlyMap<string, Uint8Array>;
}

export function buildStudioPackage(input: StudioPackageInput, exportedAt = new Date()): StudioPackage {
  const blobs: Record<string, string> = {};
  for (const attachment of input.records.attachments) {
    const bytes = input.blobs?.get(attachment.id);
    if (!bytes) throw new Error(`the bytes of attachment ${attachment.id} are missing`);
    blobs[attachment.id] = toBase64(bytes);
  }
  const body = { records: input.records, tombstones: input.tombstones, blobs };
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
  const raw = json as Pick<StudioPackage, 'records' | 'tombstones' | 'blobs'>;
  const body = pkg.formatVersion === 1 ? { records: raw.records, tombstones: raw.tombstones } : { records: raw.records, tombstones: raw.tombstones, blobs: raw.blobs };
  if (sha256Hex(canonicalJson(body)) !== pkg.checksum) return { ok: false, code: 'checksum_mismatch' };
  // `studioId` is outside the checksum (files already written keep verifying): it must name the studio carried.
  if (!pkg.records.studios.some((studio) => studio.id === pkg.studioId)) return { ok: false, code: 'invalid', detail: 'studioId' };
  // Every attachment comes with exactly its bytes, and no bytes come without an attachment.
  const attachments = new Map(pkg.records.attachments.map((a) => [a.id, a]));
  for (const id of Object.keys(pkg.blobs)) if (!attachments.has(id)) return { ok: false, code: 'invalid', detail: `blobs.${id}` };
  for (const attachment of attachments.values()) {
    const text = pkg.blobs[attachment.id];
    const bytes = text === undefined ? undefined : fromBase64(text);
    if (!bytes || bytes.byteLength !== attachment.size || sha256Hex(bytes) !== attachment.sha256) return { ok: false, code: 'invalid', detail: `blobs.${attachment.id}` };
  }
  return { ok: true, pkg };
}
