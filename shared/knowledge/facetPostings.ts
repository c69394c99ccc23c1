/**
 * Browse facets as posting lists: for every facet value in use (a kind, a tag, a year…) the ids of the articles
 * that have it. Stored as one small table (a row per value, a few hundred rows) kept in the same transaction as
 * the articles, the browse panel gets every count, with filters combined, from one read: IndexedDB answers a
 * count per index value only with a request per value, which at 20,000 articles costs as much as reading them.
 */
import type { ArticleSummary } from './articleFacets';
import type { ArticleFilters, FacetCounts } from './countFacets';

export type FacetDimension = keyof FacetCounts;

/**
 * A stored posting list: `key` is `${dimension}\u0000${value}`, `n` the number of articles, `ids` their
 * article numbers (`searchNo`, base 36) joined by NUL. One short string rather than an array of thousands of
 * ids: reading it back is a copy, not thousands of allocations, and counts without filters need only `n`.
 */
export interface FacetPostingRow {
  readonly key: string;
  readonly n: number;
  readonly ids: string;
}

const SEPARATOR = '\u0000';

export function postingIds(row: Pick<FacetPostingRow, 'ids'>): string[] {
  return row.ids === '' ? [] : row.ids.split(SEPARATOR);
}

export function postingRow(key: string, ids: readonly string[]): FacetPostingRow {
  return { key, n: ids.length, ids: ids.join(SEPARATOR) };
}

/** Every article is counted under exactly one status, so the status rows' sizes add up to the article count. */
export function articleCountFromPostings(statusRows: readonly Pick<FacetPostingRow, 'key' | 'n'>[]): number {
  return statusRows.filter((r) => r.key.startsWith(`status${SEPARATOR}`)).reduce((sum, r) => sum + r.n, 0);
}

export const STATUS_KEY_PREFIX = `status${SEPARATOR}`;

export function facetKey(dimension: FacetDimension, value: string | number): string {
  return `${dimension}${SEPARATOR}${value}`;
}

/** The facet values an article is counted under. */
export function articleFacetKeys(a: ArticleSummary): string[] {
  return [
    facetKey('kind', a.kind),
    facetKey('status', a.status),
    facetKey('source', a.source),
    facetKey('year', a.year),
    ...[...new Set(a.tags)].map((t) => facetKey('tag', t)),
    ...[...new Set(a.departmentIds)].map((d) => facetKey('department', d)),
    ...(a.categoryId ? [facetKey('category', a.categoryId)] : []),
  ];
}

/** How an article is named in the posting lists: its search number, short. */
export function postingId(a: Pick<ArticleSummary, 'searchNo'>): string {
  return a.searchNo.toString(36);
}

/** Posting lists for a whole set of articles (a rebuild). */
export function buildFacetPostings(articles: readonly ArticleSummary[]): FacetPostingRow[] {
  const lists = new Map<string, string[]>();
  for (const a of articles) {
    for (const key of articleFacetKeys(a)) {
      const list = lists.get(key);
      if (list) list.push(postingId(a));
      else lists.set(key, [postingId(a)]);
    }
  }
  return [...lists].map(([key, ids]) => postingRow(key, ids));
}

/** Which facet values each set filter selects (a category filter selects its whole branch). */
export function filterKeys(f: ArticleFilters): Map<FacetDimension, string[]> {
  const out = new Map<FacetDimension, string[]>();
  if (f.kind !== undefined) out.set('kind', [facetKey('kind', f.kind)]);
  if (f.status !== undefined) out.set('status', [facetKey('status', f.status)]);
  if (f.source !== undefined) out.set('source', [facetKey('source', f.source)]);
  if (f.year !== undefined) out.set('year', [facetKey('year', f.year)]);
  if (f.tag !== undefined) out.set('tag', [facetKey('tag', f.tag)]);
  if (f.departmentId !== undefined) out.set('department', [facetKey('department', f.departmentId)]);
  if (f.categoryIds !== undefined) out.set('category', [...f.categoryIds].map((c) => facetKey('category', c)));
  return out;
}

function intersect(sets: readonly ReadonlySet<string>[]): Set<string> | undefined {
  if (sets.length === 0) return undefined;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/**
 * The posting ids (see postingId) of the articles matching every set filter, from the rows of the values the
 * filters select; undefined when no filter is set (everything matches).
 */
export function matchingFromPostings(rows: readonly (FacetPostingRow | undefined)[], filters: ArticleFilters): Set<string> | undefined {
  const byKey = new Map(rows.flatMap((r) => (r ? [[r.key, r] as const] : [])));
  const sets = [...filterKeys(filters).values()].map((keys) => new Set(keys.flatMap((k) => postingIds(byKey.get(k) ?? { ids: '' }))));
  return intersect(sets);
}

/**
 * The browse panel's counts from the posting lists: each facet counts the articles matching every other
 * filter (so a chosen kind still shows how many the other kinds have); values with no such article are left
 * out. The same numbers countFacetsWithFilters gives from the rows.
 */
export function countFacetsFromPostings(rows: readonly FacetPostingRow[], filters: ArticleFilters): FacetCounts {
  const selected = filterKeys(filters);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const setOf = new Map([...selected].map(([dimension, keys]) => [dimension, new Set(keys.flatMap((k) => postingIds(byKey.get(k) ?? { ids: '' })))] as const));
  const counts = { kind: new Map(), status: new Map(), source: new Map(), year: new Map(), tag: new Map(), department: new Map(), category: new Map() } as Record<FacetDimension, Map<string | number, number>>;
  const othersOf = new Map<FacetDimension, Set<string> | undefined>();
  for (const row of rows) {
    const cut = row.key.indexOf(SEPARATOR);
    const dimension = row.key.slice(0, cut) as FacetDimension;
    const text = row.key.slice(cut + 1);
    if (!othersOf.has(dimension)) othersOf.set(dimension, intersect([...setOf].filter(([d]) => d !== dimension).map(([, s]) => s)));
    const others = othersOf.get(dimension);
    const n = others ? postingIds(row).reduce((sum, id) => (others.has(id) ? sum + 1 : sum), 0) : row.n;
    if (n > 0) counts[dimension].set(dimension === 'year' ? Number(text) : text, n);
  }
  return counts as unknown as FacetCounts;
}
