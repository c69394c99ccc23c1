/**
 * How a posting row is stored: as byte strings instead of three typed arrays, its next-character masks apart. A
 * query's time goes mostly to reading its terms' rows from IndexedDB, which is paid per byte: stored this way a
 * posting takes 1–2 bytes (10 as typed arrays: 4 for the number, 2 for the count, 4 for the mask), and a mask is
 * read only for a bigram whose following character the query asks about (each bigram of a phrase but its last):
 * most bigrams of most queries never read theirs.
 *
 * Postings (`StoredPostingRow.data`), integers as unsigned LEB128 varints:
 *   count n, then a layout byte:
 *   GAPS: n gaps, the first article number minus the bucket's first number, then each number minus the previous;
 *   BITMAP: BUCKET_SIZE / 8 bytes, bit i (least significant first) set when the bucket's number i is present,
 *   chosen when smaller (terms in more than one article in eight of a bucket);
 *   then n weighted counts.
 * Masks (`StoredMaskRow.data`), only for rows where some mask is not 0, in the postings' order: each mask as the
 * indexes of its set bits, one byte each (index | MORE_BITS when another follows), or EMPTY_MASK for 0, or, when
 * more than MAX_LISTED_BITS bits are set, RAW_MASK and the mask's four bytes, least significant first.
 */
import { BUCKET_SIZE, type PostingRow } from './postings';

export interface StoredPostingRow {
  readonly term: string;
  readonly bucket: number;
  /**
   * The bytes, one character (code 0–255) each: a one-byte string is stored by IndexedDB at a byte a character,
   * like a Uint8Array, and a backup carries it as plain JSON text (binary values become files of their own there).
   */
  readonly data: string;
}

/** The next-character masks of the posting row with the same term and bucket. */
export type StoredMaskRow = StoredPostingRow;

export interface StoredRows {
  readonly postings: StoredPostingRow;
  /** Absent when every mask is 0 (terms that are not bigrams). */
  readonly masks?: StoredMaskRow;
}

const GAPS = 0;
const BITMAP = 1;
const BITMAP_BYTES = BUCKET_SIZE / 8;

const MORE_BITS = 0x20;
const EMPTY_MASK = 0x40;
const RAW_MASK = 0x80;
/** Listing a mask's bits costs a byte each: beyond four, its four bytes are cheaper. */
const MAX_LISTED_BITS = 4;

export function encodePostingRow(row: PostingRow): StoredRows {
  const { term, bucket, nos, tfs, nexts } = row;
  const first = bucket * BUCKET_SIZE;
  const out = new ByteWriter(nos.length * 2 + 8);
  out.varint(nos.length);
  const gaps = new ByteWriter(nos.length + 4);
  for (let i = 0; i < nos.length; i += 1) {
    const no = nos[i]!;
    const previous = i === 0 ? first : nos[i - 1]!;
    if (no < previous || (i > 0 && no === previous) || no >= first + BUCKET_SIZE) {
      throw new RangeError(`posting numbers of "${term}" are not ascending within bucket ${bucket}`);
    }
    gaps.varint(no - previous);
  }
  if (gaps.length > BITMAP_BYTES) {
    out.byte(BITMAP);
    const bitmap = new Uint8Array(BITMAP_BYTES);
    for (const no of nos) bitmap[(no - first) >> 3]! |= 1 << ((no - first) & 7);
    out.append(bitmap);
  } else {
    out.byte(GAPS);
    out.append(gaps.view());
  }
  for (let i = 0; i < tfs.length; i += 1) out.varint(tfs[i]!);
  const postings = { term, bucket, data: out.bytes() };
  return nexts?.some((mask) => mask !== 0) ? { postings, masks: { term, bucket, data: encodeMasks(nexts) } } : { postings };
}

/** The row; its masks only when `masks` is given (a row read without them scores as if it had none). */
export function decodePostingRow(stored: StoredPostingRow, masks?: StoredMaskRow): PostingRow {
  const reader = new ByteReader(stored);
  const n = reader.varint();
  const nos = new Uint32Array(n);
  const tfs = new Uint16Array(n);
  const first = stored.bucket * BUCKET_SIZE;
  const layout = reader.byte();
  if (layout === BITMAP) {
    const start = reader.skip(BITMAP_BYTES);
    let i = 0;
    for (let at = 0; at < BITMAP_BYTES && i < n; at += 1) {
      let bits = stored.data.charCodeAt(start + at);
      while (bits !== 0 && i < n) {
        const bit = 31 - Math.clz32(bits & -bits);
        bits &= bits - 1;
        nos[i++] = first + at * 8 + bit;
      }
    }
    if (i !== n) reader.fail();
  } else if (layout === GAPS) {
    let no = first;
    for (let i = 0; i < n; i += 1) {
      no += reader.varint();
      nos[i] = no;
    }
  } else reader.fail();
  for (let i = 0; i < n; i += 1) tfs[i] = reader.varint();
  const row = { term: stored.term, bucket: stored.bucket, nos, tfs };
  return masks ? { ...row, nexts: decodeMasks(masks, n) } : row;
}

function encodeMasks(nexts: Uint32Array): string {
  const out = new ByteWriter(nexts.length * 2);
  for (let i = 0; i < nexts.length; i += 1) {
    let mask = nexts[i]!;
    if (mask === 0) {
      out.byte(EMPTY_MASK);
    } else if (popcount(mask) > MAX_LISTED_BITS) {
      out.byte(RAW_MASK);
      for (let shift = 0; shift < 32; shift += 8) out.byte((mask >>> shift) & 0xff);
    } else {
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        out.byte(mask === 0 ? bit : bit | MORE_BITS);
      }
    }
  }
  return out.bytes();
}

function decodeMasks(stored: StoredMaskRow, n: number): Uint32Array {
  const reader = new ByteReader(stored);
  const nexts = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    let mask = 0;
    for (;;) {
      const byte = reader.byte();
      if (byte === EMPTY_MASK) break;
      if (byte === RAW_MASK) {
        const at = reader.skip(4);
        const { data } = stored;
        mask = data.charCodeAt(at) | (data.charCodeAt(at + 1) << 8) | (data.charCodeAt(at + 2) << 16) | (data.charCodeAt(at + 3) << 24);
        break;
      }
      mask |= 1 << (byte & 0x1f);
      if ((byte & MORE_BITS) === 0) break;
    }
    nexts[i] = mask >>> 0;
  }
  return nexts;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

class ByteReader {
  private at = 0;

  constructor(private readonly stored: StoredPostingRow) {}

  fail(): never {
    throw new RangeError(`search row "${this.stored.term}" (bucket ${this.stored.bucket}) is damaged`);
  }

  byte(): number {
    if (this.at >= this.stored.data.length) this.fail();
    return this.stored.data.charCodeAt(this.at++);
  }

  /** Skips `length` bytes, returning where they start. */
  skip(length: number): number {
    if (this.at + length > this.stored.data.length) this.fail();
    this.at += length;
    return this.at - length;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }
}

/** A growing byte buffer. */
class ByteWriter {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer);
    this.buffer = grown;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  append(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }

  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** The bytes as a one-byte string, in chunks (String.fromCharCode takes its arguments on the stack). */
  bytes(): string {
    let text = '';
    for (let at = 0; at < this.length; at += 8192) text += String.fromCharCode(...this.buffer.subarray(at, Math.min(this.length, at + 8192)));
    return text;
  }
}
