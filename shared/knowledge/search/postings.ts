/**
 * The inverted index as rows that can be stored and changed one article at a time. Each article has a small
 * number (`no`); a row holds, for one term and one bucket of article numbers, the sorted numbers of the
 * articles containing the term, the term's weighted count in each and, for a Chinese bigram, the mask of the
 * characters that follow it there (tokenize.ts, TermStat). Buckets keep rows small, so saving an
 * article rewrites only rows of its own bucket, and a query reads each of its terms' rows whole. The size weighs
 * the two: a query pays per row it reads (at 20,000 articles, 1,024 meant 20 rows a term and most of a query's
 * time), a save per entry it rewrites in its bucket's rows.
 */
import type { DocumentTermStats } from './tokenize';

export const BUCKET_SIZE = 4096;

export interface PostingRow {
  readonly term: string;
  readonly bucket: number;
  /** Article numbers, ascending. */
  readonly nos: Uint32Array;
  /** Weighted term counts, same order as `nos`. */
  readonly tfs: Uint16Array;
  /** Next-character masks (nextCharBit), same order as `nos`; absent when all are 0 (terms that are not bigrams). */
  readonly nexts?: Uint32Array;
}

export type PostingKey = readonly [term: string, bucket: number];

export function bucketOf(no: number): number {
  return Math.floor(no / BUCKET_SIZE);
}

const MAX_TF = 65535;

/** Rows for a set of articles indexed from scratch (first build, demo load, rebuild). */
export function buildPostingRows(docs: Iterable<{ readonly no: number; readonly terms: DocumentTermStats }>): PostingRow[] {
  const byBucket = new Map<number, Map<string, { nos: number[]; tfs: number[]; nexts: number[] }>>();
  const sorted = [...docs].sort((a, b) => a.no - b.no);
  for (const doc of sorted) {
    const bucket = bucketOf(doc.no);
    let lists = byBucket.get(bucket);
    if (!lists) {
      lists = new Map();
      byBucket.set(bucket, lists);
    }
    for (const [term, { tf, next }] of doc.terms) {
      const list = lists.get(term);
      if (list) {
        list.nos.push(doc.no);
        list.tfs.push(tf > MAX_TF ? MAX_TF : tf);
        list.nexts.push(next);
      } else {
        lists.set(term, { nos: [doc.no], tfs: [tf > MAX_TF ? MAX_TF : tf], nexts: [next] });
      }
    }
  }
  const rows: PostingRow[] = [];
  for (const [bucket, lists] of byBucket) {
    for (const [term, list] of lists) rows.push(postingRow(term, bucket, list.nos, list.tfs, list.nexts));
  }
  return rows;
}

/** The rows an article's change touches: every term it had or has, in its bucket. */
export function touchedKeys(no: number, before: DocumentTermStats | undefined, after: DocumentTermStats | undefined): PostingKey[] {
  const bucket = bucketOf(no);
  const terms = new Set<string>([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  return [...terms].map((term) => [term, bucket] as const);
}

export interface PostingChange {
  readonly put: PostingRow[];
  readonly remove: PostingKey[];
}

/**
 * Updates the touched rows for one article: its old terms go, its new terms (if any: none means the article is
 * removed) come in with their counts. `current` holds the stored rows for `touchedKeys`, missing ones absent.
 */
export function changePostings(
  no: number,
  after: DocumentTermStats | undefined,
  keys: readonly PostingKey[],
  current: ReadonlyMap<string, PostingRow>,
): PostingChange {
  const put: PostingRow[] = [];
  const remove: PostingKey[] = [];
  for (const [term, bucket] of keys) {
    const row = current.get(term);
    const nos = row ? Array.from(row.nos) : [];
    const tfs = row ? Array.from(row.tfs) : [];
    const nexts = row?.nexts ? Array.from(row.nexts) : new Array<number>(nos.length).fill(0);
    const at = lowerBound(nos, no);
    const present = nos[at] === no;
    const stat = after?.get(term);
    if (stat === undefined) {
      if (!present) continue;
      nos.splice(at, 1);
      tfs.splice(at, 1);
      nexts.splice(at, 1);
    } else if (present) {
      tfs[at] = Math.min(stat.tf, MAX_TF);
      nexts[at] = stat.next;
    } else {
      nos.splice(at, 0, no);
      tfs.splice(at, 0, Math.min(stat.tf, MAX_TF));
      nexts.splice(at, 0, stat.next);
    }
    if (nos.length === 0) remove.push([term, bucket]);
    else put.push(postingRow(term, bucket, nos, tfs, nexts));
  }
  return { put, remove };
}

function postingRow(term: string, bucket: number, nos: readonly number[], tfs: readonly number[], nexts: readonly number[]): PostingRow {
  const row = { term, bucket, nos: Uint32Array.from(nos), tfs: Uint16Array.from(tfs) };
  return nexts.some((n) => n !== 0) ? { ...row, nexts: Uint32Array.from(nexts) } : row;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
