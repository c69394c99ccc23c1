/**
 * One search over any store of posting rows and documents (IndexedDB in the app, memory in tests): plan the
 * query, score the candidates from the rows of its terms, then load and verify candidates in rank order until
 * a page of verified hits is found. Only verified hits are returned, each with a highlighted snippet; the count
 * of remaining candidates tells the caller whether more may follow. Work per call is bounded (maxVerified).
 * A query whose phrases are one term each (one or two Chinese characters, one Latin token) needs no
 * verification: its candidates are its hits, so only the page shown is loaded.
 */
import { buildSnippet, highlight, type Snippet, type SnippetSegment } from './buildSnippet';
import { verificationText, type SearchText } from './documentTerms';
import type { PostingRow } from './postings';
import { isEmptyPlan, isExactPlan, maskTerms, planQuery, queryTerms } from './queryPlan';
import { scoreCandidates } from './scoreCandidates';
import { verifyHit } from './verifyHit';

export interface SearchStore<D extends SearchText> {
  /** Every posting row of these terms, by term; with their next-character masks only for `withMasks`. */
  rows(terms: readonly string[], withMasks: ReadonlySet<string>): Promise<Map<string, PostingRow[]>>;
  /** The highest article number in use. */
  docCount(): Promise<number>;
  /** The documents with these numbers, in any order; numbers no longer stored are skipped. */
  load(nos: readonly number[]): Promise<{ no: number; doc: D }[]>;
}

export interface SearchOptions<D> {
  /** Hits wanted (a page). */
  readonly limit: number;
  /** Article numbers allowed by the filters, when filters are set. */
  readonly allowed?: ReadonlySet<number>;
  /** A filter checked on each loaded document (for filters not answered by `allowed`). */
  readonly accept?: (doc: D) => boolean;
  /**
   * Candidates verified at most per call (default MAX_VERIFIED): a phrase whose bigrams are common but which
   * itself is rare must not make one keystroke read thousands of bodies. The rest is left for "more".
   */
  readonly maxVerified?: number;
}

export const MAX_VERIFIED = 240;

export interface SearchHit<D> {
  readonly no: number;
  readonly doc: D;
  readonly score: number;
  readonly title: readonly SnippetSegment[];
  /** The tags, highlighted (a query may match only a tag). */
  readonly tags: readonly SnippetSegment[];
  readonly snippet: Snippet;
}

export interface SearchOutcome<D> {
  readonly hits: readonly SearchHit<D>[];
  /** Candidates not yet verified: 0 means `hits` is every match; otherwise ask again with a larger limit. */
  readonly unverified: number;
}

export async function runSearch<D extends SearchText>(store: SearchStore<D>, query: string, options: SearchOptions<D>): Promise<SearchOutcome<D>> {
  const plan = planQuery(query);
  if (isEmptyPlan(plan)) return { hits: [], unverified: 0 };
  const [rows, total] = await Promise.all([store.rows(queryTerms(plan), maskTerms(plan)), store.docCount()]);
  const cap = Math.max(options.limit, options.maxVerified ?? MAX_VERIFIED);
  const { top: ranked, total: candidates } = scoreCandidates(plan, rows, total, { take: cap, allowed: options.allowed });
  const hits: SearchHit<D>[] = [];
  const exact = isExactPlan(plan);
  // Next-character masks leave few candidates that fail verification: a page and an eighth is read at a time
  // (at 20,000 articles, 95% of queries find their page in the first such read).
  const batch = exact && !options.accept ? options.limit : options.limit + Math.ceil(options.limit / 8);
  let next = 0;
  while (hits.length < options.limit && next < ranked.length && next < cap) {
    const slice = ranked.slice(next, Math.min(next + batch, cap));
    next += slice.length;
    const docs = new Map((await store.load(slice.map((c) => c.no))).map((d) => [d.no, d.doc]));
    for (const { no, score } of slice) {
      const doc = docs.get(no);
      if (!doc || (options.accept && !options.accept(doc)) || (!exact && !verifyHit(plan, verificationText(doc)))) continue;
      hits.push({ no, doc, score, title: highlight(doc.title, plan), tags: highlight(doc.tags.join(' · '), plan), snippet: buildSnippet(doc.plain, plan) });
      if (hits.length === options.limit) break;
    }
  }
  return { hits, unverified: candidates - next };
}
