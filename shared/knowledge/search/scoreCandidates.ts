/**
 * Candidates and their scores from the posting rows of a query's terms. A candidate has every required term of
 * every phrase (necessary for containing the phrases; verifyHit decides). The score is a BM25-like sum over the
 * query's terms of idf × saturated weighted count, so rare terms and title hits (weighted counts) rank first.
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
  const idf = (term: string): number => {
    const n = df(term);
    return Math.log(1 + (Math.max(totalDocs, n) - n + 0.5) / (n + 0.5));
  };

  const scores = new Map<number, number>();
  const first = ordered[0]!;
  const firstIdf = idf(first);
  for (const row of rowsByTerm.get(first) ?? []) {
    for (let i = 0; i < row.nos.length; i += 1) scores.set(row.nos[i]!, firstIdf * saturate(row.tfs[i]!));
  }
  for (const term of ordered.slice(1)) {
    if (scores.size === 0) break;
    const weight = idf(term);
    const next = new Map<number, number>();
    for (const row of rowsByTerm.get(term) ?? []) {
      for (let i = 0; i < row.nos.length; i += 1) {
        const score = scores.get(row.nos[i]!);
        if (score !== undefined) next.set(row.nos[i]!, score + weight * saturate(row.tfs[i]!));
      }
    }
    scores.clear();
    for (const [no, score] of next) scores.set(no, score);
  }
  for (const term of queryTerms(plan).filter((t) => !required.includes(t))) {
    const weight = idf(term);
    for (const row of rowsByTerm.get(term) ?? []) {
      for (let i = 0; i < row.nos.length; i += 1) {
        const score = scores.get(row.nos[i]!);
        if (score !== undefined) scores.set(row.nos[i]!, score + weight * saturate(row.tfs[i]!));
      }
    }
  }
  return [...scores].map(([no, score]) => ({ no, score })).sort((a, b) => b.score - a.score || a.no - b.no);
}

function saturate(tf: number): number {
  return (tf * (K1 + 1)) / (tf + K1);
}
