/**
 * The checks an attachment passes before it is stored (issue #12): attachments are kept as they are and never
 * parsed, so what matters is the size cap, that the file is not empty, and a name that is only a name (no
 * folders, no control characters) whatever the file picker or a package said.
 */
import { checkFileSize } from './importLimits';

export type AttachmentCheck =
  | { readonly ok: true; readonly name: string }
  | { readonly ok: false; readonly code: 'empty' | 'bad_name'; readonly params: { readonly name: string } }
  | { readonly ok: false; readonly code: 'file_too_large'; readonly params: { readonly name: string; readonly size: number; readonly limit: number } };

const MAX_NAME_CHARS = 255;

export function checkAttachment(name: string, bytes: Uint8Array): AttachmentCheck {
  const cleaned = attachmentName(name);
  const size = checkFileSize('attachment', bytes.byteLength);
  if (!size.ok) return { ok: false, code: 'file_too_large', params: { name: cleaned, ...size.params } };
  if (bytes.byteLength === 0) return { ok: false, code: 'empty', params: { name: cleaned } };
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return { ok: false, code: 'bad_name', params: { name: cleaned } };
  return { ok: true, name: cleaned };
}

/** The last segment of a path, without control characters, trimmed and at most 255 characters. */
export function attachmentName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, MAX_NAME_CHARS);
}
