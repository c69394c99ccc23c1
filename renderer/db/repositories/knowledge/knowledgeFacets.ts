/**
 * Keeps the browse facets' posting lists (shared/knowledge/facetPostings.ts) in step with the articles: called by
 * the article writes in knowledgeTables.ts, inside their transaction, so the counts never drift from the rows.
 */
import type { Table } from 'dexie';
import type { ArticleSummary } from '../../../../shared/knowledge/articleFacets';
import { articleFacetKeys, buildFacetPostings, postingId, postingIds, postingRow, type FacetPostingRow } from '../../../../shared/knowledge/facetPostings';

export type FacetPostingsTable = Table<FacetPostingRow, string>;

/** Moves one article between posting lists: out of the values it no longer has, into the ones it now has. */
export async function updateFacetPostings(table: FacetPostingsTable, before: ArticleSummary | undefined, after: ArticleSummary | undefined): Promise<void> {
  const article = after ?? before;
  if (article === undefined) return;
  const id = postingId(article);
  const had = new Set(before ? articleFacetKeys(before) : []);
  const has = new Set(after ? articleFacetKeys(after) : []);
  const removed = [...had].filter((k) => !has.has(k));
  const added = [...has].filter((k) => !had.has(k));
  if (removed.length === 0 && added.length === 0) return;
  const keys = [...removed, ...added];
  const rows = await table.bulkGet(keys);
  const put: FacetPostingRow[] = [];
  const remove: string[] = [];
  keys.forEach((key, i) => {
    const ids = (rows[i] ? postingIds(rows[i]) : []).filter((x) => x !== id);
    if (has.has(key)) ids.push(id);
    if (ids.length > 0) put.push(postingRow(key, ids));
    else remove.push(key);
  });
  if (remove.length > 0) await table.bulkDelete(remove);
  if (put.length > 0) await table.bulkPut(put);
}

/** Rebuilds every posting list from the summaries (demo load, restore, index rebuild, the version 11 upgrade). */
export async function rebuildFacetPostings(table: FacetPostingsTable, summaries: readonly ArticleSummary[]): Promise<void> {
  await table.clear();
  await table.bulkPut(buildFacetPostings(summaries));
}
