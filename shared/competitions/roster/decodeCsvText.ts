/**
 * Text of a CSV file in whatever encoding Excel or WPS saved it: UTF-8 with or without BOM, UTF-16 ("Unicode
 * text"), or GB18030/GBK, which Chinese Excel uses for "CSV (逗号分隔)". Encodings are tried strictly, so bytes
 * that are not valid UTF-8 fall through to GB18030 instead of turning into replacement characters.
 */
import { decodeText, supportsEncoding } from '../webApis';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeCsvText(bytes: Uint8Array): { ok: true; text: string; encoding: CsvEncoding } | { ok: false } {
  const starts = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  const attempt = (encoding: CsvEncoding, skip: number) => {
    try {
      return { ok: true as const, text: decodeText(bytes.subarray(skip), encoding, true), encoding };
    } catch {
      return undefined;
    }
  };
  const found = starts(0xef, 0xbb, 0xbf)
    ? attempt('utf-8', 3)
    : starts(0xff, 0xfe)
      ? attempt('utf-16le', 2)
      : starts(0xfe, 0xff)
        ? attempt('utf-16be', 2)
        : (attempt('utf-8', 0) ?? (supportsEncoding('gb18030') ? attempt('gb18030', 0) : undefined));
  return found ?? { ok: false };
}
