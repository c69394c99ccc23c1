/**
 * Writes that keep an article, its body, its revisions and its search-index rows together. They take the
 * tables rather than the database so the version 4 upgrade (inside its own transaction) and the repositories
 * share them; callers run them inside one transaction over all of KNOWLEDGE_TABLE_NAMES.
 */
import type { Table } from 'dexie';
import type { Article, Person } from '../../../../shared/domain';
import { summariseArticle, type ArticleSummary } from '../../../../shared/knowledge/articleFacets';
import { searchTextOf, textTerms } from '../../../../shared/knowledge/search/documentTerms';
import { markdownToPlainText } from '../../../../shared/knowledge/search/markdownToPlainText';
import { decodePostingRow, encodePostingRow, type StoredMaskRow, type StoredPostingRow } from '../../../../shared/knowledge/search/postingCodec';
import { BUCKET_SIZE, bucketOf, buildPostingRows, changePostings, touchedKeys, type PostingKey, type PostingRow } from '../../../../shared/knowledge/search/postings';
import { SEARCH_INDEX_VERSION } from '../../../../shared/knowledge/search';
import type { ArticleBodyRow, ArticleRevisionRow, SearchDocumentRow, SettingRow } from '../../database';
import { rebuildFacetPostings, updateFacetPostings, type FacetPostingsTable } from './knowledgeFacets';

export interface KnowledgeTables {
  readonly articles: Table<ArticleSummary, string>;
  readonly articleBodies: Table<ArticleBodyRow, string>;
  readonly articleRevisions: Table<ArticleRevisionRow, string>;
  readonly searchPostings: Table<StoredPostingRow, [string, number]>;
  /** Bigram rows' next-character masks (version 15); absent in the version 4 upgrade, whose index version 15 rebuilds. */
  readonly searchMasks?: Table<StoredMaskRow, [string, number]>;
  /** Absent only inside the version 4 upgrade (the table arrives with version 14; version 15's upgrade fills it). */
  readonly searchDocuments?: Table<SearchDocumentRow, number>;
  readonly settings: Table<SettingRow, string>;
  /** The browse facets' posting lists (version 11); absent in the version 4 upgrade, which predates them. */
  readonly articleFacetPostings?: FacetPostingsTable;
}

export const KNOWLEDGE_TABLE_NAMES = ['articles', 'articleBodies', 'articleRevisions', 'searchPostings', 'searchMasks', 'searchDocuments', 'settings', 'articleFacetPostings'] as const;

/** Settings key holding the tokenizer version the stored index was built with. */
export const SEARCH_INDEX_VERSION_KEY = 'knowledge.searchIndexVersion';

type PersonDepartments = ReadonlyMap<string, Pick<Person, 'departmentId'>>;

/** Replaces every article (demo load, restore, upgrade, rebuild) and builds the index rows bucket by bucket. */
export async function replaceAllArticles(t: KnowledgeTables, articles: readonly Article[], people: PersonDepartments): Promise<void> {
  await Promise.all([t.articles.clear(), t.articleBodies.clear(), t.articleRevisions.clear(), t.searchPostings.clear(), t.searchMasks?.clear(), t.searchDocuments?.clear()]);
  const summaries = articles.map((a, i) => summariseArticle(a, i + 1, people));
  await t.articles.bulkAdd(summaries);
  if (t.articleFacetPostings) await rebuildFacetPostings(t.articleFacetPostings, summaries);
  await t.articleBodies.bulkAdd(articles.map((a) => ({ id: a.id, body: a.body })));
  // Article i has number i + 1; one bucket (numbers b × BUCKET_SIZE … (b + 1) × BUCKET_SIZE − 1) per pass, so
  // each posting row is written once, whole.
  for (let bucket = 0; bucket <= bucketOf(articles.length); bucket += 1) {
    const from = Math.max(0, bucket * BUCKET_SIZE - 1);
    const to = Math.min(articles.length, (bucket + 1) * BUCKET_SIZE - 1);
    const documents = articles.slice(from, to).map((a, i) => searchDocumentRow(summaries[from + i]!, a.body));
    await t.searchDocuments?.bulkAdd(documents);
    await putRows(t, buildPostingRows(documents.map((d) => ({ no: d.searchNo, terms: textTerms(d) }))));
  }
  // Inside the version 4 upgrade the texts table does not exist yet: version 15's upgrade completes the index.
  if (t.searchDocuments) await t.settings.put({ key: SEARCH_INDEX_VERSION_KEY, value: SEARCH_INDEX_VERSION });
}

/**
 * Rebuilds only the search index (texts and posting rows) from the stored articles, keeping their search
 * numbers; articles, bodies and revisions are not touched. Reads one bucket of articles at a time.
 */
export async function rebuildSearchIndex(t: KnowledgeTables & { readonly searchDocuments: Table<SearchDocumentRow, number> }): Promise<void> {
  await Promise.all([t.searchPostings.clear(), t.searchMasks?.clear(), t.searchDocuments.clear()]);
  const last = Number((await t.articles.orderBy('searchNo').reverse().limit(1).keys())[0] ?? 0);
  for (let start = 0; start <= last; start += BUCKET_SIZE) {
    // Exactly one bucket (bucketOf) per pass, so each posting row is written once, whole.
    const summaries = await t.articles.where('searchNo').between(start, start + BUCKET_SIZE, true, false).toArray();
    const bodies = await t.articleBodies.bulkGet(summaries.map((s) => s.id));
    const documents = summaries.map((s, i) => searchDocumentRow(s, bodies[i]?.body ?? ''));
    await t.searchDocuments.bulkAdd(documents);
    await putRows(t, buildPostingRows(documents.map((d) => ({ no: d.searchNo, terms: textTerms(d) }))));
  }
  await t.settings.put({ key: SEARCH_INDEX_VERSION_KEY, value: SEARCH_INDEX_VERSION });
}

/** The whole article: summary joined with its body. */
export async function readArticle(t: Pick<KnowledgeTables, 'articles' | 'articleBodies'>, id: string): Promise<Article | undefined> {
  const [summary, body] = await Promise.all([t.articles.get(id), t.articleBodies.get(id)]);
  return summary ? toArticle(summary, body?.body ?? '') : undefined;
}

export function toArticle(summary: ArticleSummary, body: string): Article {
  const { source: _source, year: _year, departmentIds: _departments, searchNo: _no, bodyLength: _length, ...meta } = summary;
  return { ...meta, body };
}

/**
 * Stores an article (already stamped with its new version): the stored version goes to the revisions, the
 * summary and body are written, and only the index rows of the terms it had or has change.
 */
export async function writeArticle(t: KnowledgeTables, article: Article, people: PersonDepartments): Promise<ArticleSummary> {
  const before = await readArticle(t, article.id);
  const stored = await t.articles.get(article.id);
  if (before) await t.articleRevisions.put({ id: `${before.id}@${before.version}`, articleId: before.id, version: before.version, article: before });
  const searchNo = stored?.searchNo ?? ((await t.articles.orderBy('searchNo').last())?.searchNo ?? 0) + 1;
  const summary = summariseArticle(article, searchNo, people);
  const document = searchDocumentRow(summary, article.body);
  await updatePostings(t, searchNo, before, document);
  await t.articles.put(summary);
  if (t.articleFacetPostings) await updateFacetPostings(t.articleFacetPostings, stored, summary);
  await t.articleBodies.put({ id: article.id, body: article.body });
  await t.searchDocuments?.put(document);
  return summary;
}

/** Removes an article with its body, revisions and index rows. */
export async function deleteArticle(t: KnowledgeTables, id: string): Promise<void> {
  const before = await readArticle(t, id);
  const stored = await t.articles.get(id);
  if (!before || !stored) return;
  await updatePostings(t, stored.searchNo, before, undefined);
  await t.searchDocuments?.delete(stored.searchNo);
  await t.articles.delete(id);
  if (t.articleFacetPostings) await updateFacetPostings(t.articleFacetPostings, stored, undefined);
  await t.articleBodies.delete(id);
  await t.articleRevisions.where('[articleId+version]').between([id, 0], [id, Infinity]).delete();
}

function searchDocumentRow(summary: ArticleSummary, body: string): SearchDocumentRow {
  return { ...summary, plain: markdownToPlainText(body) };
}

async function updatePostings(t: KnowledgeTables, no: number, before: Article | undefined, after: SearchDocumentRow | undefined): Promise<void> {
  const beforeTerms = before ? textTerms(searchTextOf(before)) : undefined;
  const afterTerms = after ? textTerms(after) : undefined;
  const keys = touchedKeys(no, beforeTerms, afterTerms);
  const ids = keys.map(([term, bucket]) => [term, bucket] as [string, number]);
  const [rows, masks] = await Promise.all([t.searchPostings.bulkGet(ids), t.searchMasks?.bulkGet(ids)]);
  const current = new Map(rows.flatMap((row, i) => (row ? [[row.term, decodePostingRow(row, masks?.[i])] as const] : [])));
  const change = changePostings(no, afterTerms, keys, current);
  // A row whose masks all became 0 loses its mask row: delete first, then put what remains.
  const dropped = [...change.remove, ...change.put.filter((row) => !row.nexts?.some((m) => m !== 0)).map((row) => [row.term, row.bucket] as const)];
  if (change.remove.length > 0) await t.searchPostings.bulkDelete(change.remove.map(keyOf));
  if (t.searchMasks && dropped.length > 0) await t.searchMasks.bulkDelete(dropped.map(keyOf));
  await putRows(t, change.put);
}

/** Stores posting rows: their postings, and their masks when a row has any. */
async function putRows(t: KnowledgeTables, rows: readonly PostingRow[]): Promise<void> {
  if (rows.length === 0) return;
  const stored = rows.map(encodePostingRow);
  await t.searchPostings.bulkPut(stored.map((s) => s.postings));
  // Inside the version 4 upgrade there is no mask table yet: version 15's upgrade rebuilds the index. (Awaiting
  // `undefined` here instead would let the transaction commit early.)
  const masks = stored.flatMap((s) => (s.masks ? [s.masks] : []));
  if (t.searchMasks && masks.length > 0) await t.searchMasks.bulkPut(masks);
}

function keyOf([term, bucket]: PostingKey): [string, number] {
  return [term, bucket];
}
