/**
 * How a posting row is stored: one byte array per row instead of three typed arrays. A query's time goes mostly
 * to reading its terms' rows from IndexedDB, which pays per byte; stored this way a row is about a third of the
 * typed arrays' size (10 bytes a posting: 4 for the number, 2 for the count, 4 for the mask).
 *
 * Layout of `data`, all integers as unsigned LEB128 varints:
 *   count n
 *   n gaps: the first article number minus the bucket's first number, then each number minus the previous
 *   n weighted counts
 *   only when the row has masks (bigrams): for each posting its next-character mask as the indexes of its set
 *   bits, one byte each (index | MORE_BITS when another follows), or EMPTY_MASK for a mask of 0.
 * Dense terms have gaps of 1–3 and counts under 128 (one byte each), and a bigram is followed by few distinct
 * characters in one article, so most postings take 3–4 bytes.
 */
import { BUCKET_SIZE, type PostingRow } from './postings';

export interface StoredPostingRow {
  readonly term: string;
  readonly bucket: number;
  readonly data: Uint8Array;
}

const MORE_BITS = 0x20;
const EMPTY_MASK = 0x40;

export function encodePostingRow(row: PostingRow): StoredPostingRow {
  const { nos, tfs, nexts } = row;
  const out = new ByteWriter(nos.length * (nexts ? 5 : 3) + 5);
  out.varint(nos.length);
  let previous = row.bucket * BUCKET_SIZE;
  for (let i = 0; i < nos.length; i += 1) {
    const no = nos[i]!;
    if (no < previous || (i > 0 && no === previous)) throw new RangeError(`posting numbers of "${row.term}" are not ascending in bucket ${row.bucket}`);
    out.varint(no - previous);
    previous = no;
  }
  for (let i = 0; i < tfs.length; i += 1) out.varint(tfs[i]!);
  if (nexts?.some((mask) => mask !== 0)) {
    for (let i = 0; i < nexts.length; i += 1) {
      let mask = nexts[i]!;
      if (mask === 0) {
        out.byte(EMPTY_MASK);
        continue;
      }
      while (mask !== 0) {
        const bit = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        out.byte(mask === 0 ? bit : bit | MORE_BITS);
      }
    }
  }
  return { term: row.term, bucket: row.bucket, data: out.bytes() };
}

export function decodePostingRow(stored: StoredPostingRow): PostingRow {
  const { data } = stored;
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = data[at++];
      if (byte === undefined) throw new RangeError(`posting row "${stored.term}" (bucket ${stored.bucket}) is cut short`);
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  const n = varint();
  const nos = new Uint32Array(n);
  const tfs = new Uint16Array(n);
  let no = stored.bucket * BUCKET_SIZE;
  for (let i = 0; i < n; i += 1) {
    no += varint();
    nos[i] = no;
  }
  for (let i = 0; i < n; i += 1) tfs[i] = varint();
  if (at === data.length) return { term: stored.term, bucket: stored.bucket, nos, tfs };
  const nexts = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    let mask = 0;
    for (;;) {
      const byte = data[at++];
      if (byte === undefined) throw new RangeError(`posting row "${stored.term}" (bucket ${stored.bucket}) is cut short`);
      if (byte === EMPTY_MASK) break;
      mask |= 1 << (byte & 0x1f);
      if ((byte & MORE_BITS) === 0) break;
    }
    nexts[i] = mask >>> 0;
  }
  return { term: stored.term, bucket: stored.bucket, nos, tfs, nexts };
}

/** A growing byte buffer. */
class ByteWriter {
  private buffer: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(16, capacity));
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = value;
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
