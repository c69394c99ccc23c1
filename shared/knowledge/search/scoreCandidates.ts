/**
 * Candidates and their scores from the posting rows of a query's terms. A candidate has every required term of
 * every phrase, and each bigram's next-character mask holds the bits the phrases need (necessary for containing
 * the phrases; verifyHit decides). The score is a BM25-like sum over the query's terms of idf × saturated
 * weighted count, so rare terms and title hits (weighted counts) rank first.
 *
 * Article numbers are small and dense (1 … highest), so the work is done in typed arrays indexed by number:
 * one pass over each term's postings, no per-candidate objects until the ranked list.
 */
import type { PostingRow } from './postings';
import { queryTerms, type QueryPlan } from './queryPlan';

export interface ScoredCandidate {
  readonly no: number;
  readonly score: number;
}

export interface RankedCandidates {
  /** The best `take` candidates, best first (ties: lower number first). */
  readonly top: readonly ScoredCandidate[];
  /** How many candidates there are in all. */
  readonly total: number;
}

export interface RankOptions {
  /** Candidates wanted in order (the rest are only counted). */
  readonly take: number;
  /** When set, only these article numbers are candidates. */
  readonly allowed?: ReadonlySet<number>;
}

const K1 = 1.2;

export function scoreCandidates(plan: QueryPlan, rowsByTerm: ReadonlyMap<string, readonly PostingRow[]>, totalDocs: number, options: RankOptions): RankedCandidates {
  const none = { top: [], total: 0 };
  const required = [...new Set(plan.phrases.flatMap((p) => p.required))];
  if (required.length === 0) return none;
  const df = (term: string): number => (rowsByTerm.get(term) ?? []).reduce((n, row) => n + row.nos.length, 0);
  // Start from the rarest required term: the candidate set only shrinks.
  const ordered = [...required].sort((a, b) => df(a) - df(b));
  if (df(ordered[0]!) === 0) return none;
  const idf = (term: string): number => {
    const n = df(term);
    return Math.log(1 + (Math.max(totalDocs, n) - n + 0.5) / (n + 0.5));
  };
  const needed = new Map<string, number>();
  for (const phrase of plan.phrases) for (const [term, bits] of phrase.nextBits) needed.set(term, (needed.get(term) ?? 0) | bits);

  let size = totalDocs + 1;
  for (const rows of rowsByTerm.values()) for (const row of rows) if (row.nos.length > 0) size = Math.max(size, row.nos[row.nos.length - 1]! + 1);
  // matched[no] = how many required terms (in `ordered` order) the article has passed so far.
  const matched = new Uint16Array(size);
  const scores = new Float64Array(size);
  ordered.forEach((term, step) => {
    const weight = idf(term);
    const need = needed.get(term) ?? 0;
    for (const row of rowsByTerm.get(term) ?? []) {
      const { nos, tfs, nexts } = row;
      for (let i = 0; i < nos.length; i += 1) {
        const no = nos[i]!;
        if (matched[no] !== step) continue;
        if (need !== 0 && ((nexts ? nexts[i]! : 0) & need) !== need) continue;
        matched[no] = step + 1;
        scores[no] = scores[no]! + weight * saturate(tfs[i]!);
      }
    }
  });
  const full = ordered.length;
  for (const term of queryTerms(plan).filter((t) => !required.includes(t))) {
    const weight = idf(term);
    for (const row of rowsByTerm.get(term) ?? []) {
      for (let i = 0; i < row.nos.length; i += 1) {
        const no = row.nos[i]!;
        if (matched[no] === full) scores[no] = scores[no]! + weight * saturate(row.tfs[i]!);
      }
    }
  }
  const candidates: number[] = [];
  for (let no = 0; no < size; no += 1) if (matched[no] === full && (!options.allowed || options.allowed.has(no))) candidates.push(no);
  const top = bestFirst(candidates, scores, options.take);
  return { top: top.map((no) => ({ no, score: scores[no]! })), total: candidates.length };
}

/**
 * The best `take` of `nos` (ascending), best first, lower number first among equal scores. A single
 * character can make every article a candidate: only the ones wanted are sorted, after a selection of the
 * score they must reach.
 */
function bestFirst(nos: number[], scores: Float64Array, take: number): number[] {
  const order = (a: number, b: number): number => scores[b]! - scores[a]! || a - b;
  if (nos.length <= take * 2) return nos.sort(order).slice(0, take);
  const values = Float64Array.from(nos, (no) => scores[no]!);
  const threshold = kthLargest(values, take);
  const above: number[] = [];
  const at: number[] = [];
  for (const no of nos) {
    if (scores[no]! > threshold) above.push(no);
    else if (scores[no] === threshold) at.push(no);
  }
  return [...above, ...at].sort(order).slice(0, take);
}

/** The k-th largest value (k ≥ 1), by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i += 1;
      while (values[j]! < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}

function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}
