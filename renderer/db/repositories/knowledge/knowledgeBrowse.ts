/**
 * The browse page's questions, answered so that 20,000 articles cost about what a page of 50 costs: a page of
 * summaries newest first, the number of articles matching the filters, and the facet counts beside each filter
 * (each facet counts the articles matching every other filter).
 *
 * Filters and counts come from the facets' posting lists (shared/knowledge/facetPostings.ts, a few hundred
 * rows): counting through the articles' indexes needs a request per facet value, which measured as slow as
 * reading every summary (docs/benchmarks.md). The export's list of ids uses the indexes' primary keys. Nothing
 * here reads article bodies or whole-table rows.
 */
import type { Table } from 'dexie';
import type { ArticleSummary } from '../../../../shared/knowledge/articleFacets';
import type { ArticleFilters, FacetCounts } from '../../../../shared/knowledge/countFacets';
import { articleCountFromPostings, countFacetsFromPostings, filterKeys, matchingFromPostings, postingId, STATUS_KEY_PREFIX } from '../../../../shared/knowledge/facetPostings';
import type { FacetPostingsTable } from './knowledgeFacets';

/** One browse facet: its filter, the articles index that answers it, and its counts in FacetCounts. */
interface Dimension {
  readonly filter: keyof ArticleFilters;
  readonly index: 'kind' | 'status' | 'source' | 'year' | 'tags' | 'departmentIds' | 'categoryId';
  readonly facet: keyof FacetCounts;
}

const DIMENSIONS: readonly Dimension[] = [
  { filter: 'kind', index: 'kind', facet: 'kind' },
  { filter: 'status', index: 'status', facet: 'status' },
  { filter: 'source', index: 'source', facet: 'source' },
  { filter: 'year', index: 'year', facet: 'year' },
  { filter: 'tag', index: 'tags', facet: 'tag' },
  { filter: 'departmentId', index: 'departmentIds', facet: 'department' },
  { filter: 'categoryIds', index: 'categoryId', facet: 'category' },
];

type Articles = Table<ArticleSummary, string>;
type IndexKey = string | number;

export interface BrowsePage {
  /** The newest `limit` matching summaries, newest first. */
  readonly rows: ArticleSummary[];
  /** How many articles match the filters. */
  readonly total: number;
}

function activeDimensions(filters: ArticleFilters): Dimension[] {
  return DIMENSIONS.filter((d) => filters[d.filter] !== undefined);
}

/** The ids of the articles a set filter selects, from its index alone. */
async function idsOf(articles: Articles, d: Dimension, filters: ArticleFilters): Promise<Set<string>> {
  const value = filters[d.filter];
  const where = articles.where(d.index);
  const collection = value instanceof Set ? where.anyOf([...(value as ReadonlySet<string>)]) : where.equals(value as IndexKey);
  return new Set(await collection.primaryKeys());
}

/** The intersection of several id sets, smallest first (undefined when there are none: everything matches). */
function intersect(sets: readonly Set<string>[]): Set<string> | undefined {
  if (sets.length === 0) return undefined;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

async function filterSets(articles: Articles, filters: ArticleFilters): Promise<Map<Dimension, Set<string>>> {
  const active = activeDimensions(filters);
  const sets = await Promise.all(active.map((d) => idsOf(articles, d, filters)));
  return new Map(active.map((d, i) => [d, sets[i]!]));
}

/**
 * Newest first, `limit` at a time (a "load more" asks again with a larger limit). With filters set, the
 * matching articles come from the posting lists of the values chosen (a few rows), and the rows read are bounded
 * by about √(limit × articles): few matches are loaded by number and sorted; many are found by walking the
 * `updatedAt` index newest first, which meets `limit` of them within limit × articles / matches rows.
 */
export function browsePage(articles: Articles, postings: FacetPostingsTable, filters: ArticleFilters, limit: number): Promise<BrowsePage> {
  return articles.db.transaction('r', articles, postings, async () => {
    const keys = [...filterKeys(filters).values()].flat();
    const [filterRows, statusRows] = await Promise.all([postings.bulkGet(keys), postings.where('key').startsWith(STATUS_KEY_PREFIX).toArray()]);
    // The total from the facets' status rows: IndexedDB's count() walks every row.
    const articleCount = articleCountFromPostings(statusRows);
    const matching = matchingFromPostings(filterRows, filters);
    if (!matching) return { rows: await articles.orderBy('updatedAt').reverse().limit(limit).toArray(), total: articleCount };
    if (matching.size * matching.size <= limit * articleCount) {
      const rows = await articles
        .where('searchNo')
        .anyOf([...matching].map((id) => parseInt(id, 36)))
        .toArray();
      rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || (a.id < b.id ? 1 : -1));
      return { rows: rows.slice(0, limit), total: matching.size };
    }
    const rows = await articles
      .orderBy('updatedAt')
      .reverse()
      .filter((a) => matching.has(postingId(a)))
      .limit(limit)
      .toArray();
    return { rows, total: matching.size };
  });
}

/** Every matching id, newest first (exports and print of the listed articles). */
export function browseIds(articles: Articles, filters: ArticleFilters): Promise<string[]> {
  return articles.db.transaction('r', articles, async () => {
    const matching = intersect([...(await filterSets(articles, filters)).values()]);
    const ordered = await articles.orderBy('updatedAt').primaryKeys();
    return newestOf(ordered, matching, Infinity);
  });
}

/** From ids in ascending `updatedAt` order, the last `limit` that match, newest first. */
function newestOf(ascending: readonly string[], matching: ReadonlySet<string> | undefined, limit: number): string[] {
  const out: string[] = [];
  for (let i = ascending.length - 1; i >= 0 && out.length < limit; i -= 1) {
    const id = ascending[i]!;
    if (!matching || matching.has(id)) out.push(id);
  }
  return out;
}

/**
 * The browse panel's counts, from the facets' posting lists (one read of a few hundred rows); values no
 * matching article has are left out, so the panel lists only years, tags, departments and categories in use.
 */
export async function browseCounts(postings: FacetPostingsTable, filters: ArticleFilters): Promise<FacetCounts> {
  return countFacetsFromPostings(await postings.toArray(), filters);
}
