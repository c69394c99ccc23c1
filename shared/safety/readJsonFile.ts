/**
 * The first steps of every JSON import path (competition, score and studio packages, competition archives), in
 * the order that keeps a hostile file cheap: the size cap before a byte is read, strict UTF-8, the nesting depth
 * before `JSON.parse`. Each format then checks its own `format`, version and content.
 */
import { decodeText } from '../competitions/webApis';
import { checkFileSize, IMPORT_LIMITS, type ImportKind } from './importLimits';
import { exceedsJsonDepth } from './jsonDepth';

export type JsonFileError =
  | { readonly code: 'file_too_large'; readonly params: { readonly size: number; readonly limit: number } }
  | { readonly code: 'too_deep'; readonly params: { readonly limit: number } }
  | { readonly code: 'not_json'; readonly params: Readonly<Record<string, never>> };

export type JsonFileRead =
  | {
      readonly ok: true;
      /** The decoded text, without a leading byte-order mark. */
      readonly text: string;
      readonly value: unknown;
    }
  | ({ readonly ok: false } & JsonFileError);

/** Import kinds whose files are JSON (they have a nesting cap). */
export type JsonImportKind = { [K in ImportKind]: (typeof IMPORT_LIMITS)[K] extends { maxDepth: number } ? K : never }[ImportKind];

export function readJsonFile(kind: JsonImportKind, bytes: Uint8Array): JsonFileRead {
  const size = checkFileSize(kind, bytes.byteLength);
  if (!size.ok) return { ok: false, code: 'file_too_large', params: size.params };
  let text: string;
  try {
    text = decodeText(bytes, 'utf-8', true).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, code: 'not_json', params: {} };
  }
  const limit = IMPORT_LIMITS[kind].maxDepth;
  if (exceedsJsonDepth(text, limit)) return { ok: false, code: 'too_deep', params: { limit } };
  try {
    return { ok: true, text, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: 'not_json', params: {} };
  }
}

/** A JSON file's top-level object, or undefined when the file is not one (within the kind's caps). */
export function readJsonObject(kind: JsonImportKind, bytes: Uint8Array): Record<string, unknown> | undefined {
  const read = readJsonFile(kind, bytes);
  if (!read.ok) return undefined;
  const value = read.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
