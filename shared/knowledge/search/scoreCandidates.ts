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

const K1 = 1.2;

export function scoreCandidates(plan: QueryPlan, rowsByTerm: ReadonlyMap<string, readonly PostingRow[]>, totalDocs: number): ScoredCandidate[] {
  const required = [...new Set(plan.phrases.flatMap((p) => p.required))];
  if (required.length === 0) return [];
  const df = (term: string): number => (rowsByTerm.get(term) ?? []).reduce((n, row) => n + row.nos.length, 0);
  // Start from the rarest required term: the candidate set only shrinks.
  const ordered = [...required].sort((a, b) => df(a) - df(b));
  if (df(ordered[0]!) === 0) return [];
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
  for (let no = 0; no < size; no += 1) if (matched[no] === full) candidates.push(no);
  candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return candidates.map((no) => ({ no, score: scores[no]! }));
}

function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}
