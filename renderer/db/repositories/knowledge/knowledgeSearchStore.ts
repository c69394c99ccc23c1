/**
 * The search store over the database (shared/knowledge/search/runSearch.ts): a query's posting rows, each term
 * read as one primary-key range ([term, bucket]), with next-character masks only for the bigrams the query asks
 * about (most of a common bigram's bytes are its masks), and candidates' search documents by number. Reading and
 * decoding are apart so the knowledge bench can time each.
 */
import Dexie, { type Table } from 'dexie';
import { decodePostingRow, type PostingRow, type SearchStore, type StoredMaskRow, type StoredPostingRow } from '../../../../shared/knowledge/search';
import type { JiangxinDatabase, SearchDocumentRow } from '../../database';

/** The stored rows of each term, in the order of the terms asked for; masks empty for terms read without them. */
export interface StoredTermRows {
  readonly postings: readonly StoredPostingRow[][];
  readonly masks: readonly StoredMaskRow[][];
}

export function readSearchRows(db: JiangxinDatabase, terms: readonly string[], withMasks: ReadonlySet<string>): Promise<StoredTermRows> {
  const range = (table: Table<StoredPostingRow, [string, number]>, term: string) => table.where('[term+bucket]').between([term, Dexie.minKey], [term, Dexie.maxKey]).toArray();
  return db.transaction('r', [db.searchPostings, db.searchMasks], async () => {
    const [postings, masks] = await Promise.all([
      Promise.all(terms.map((term) => range(db.searchPostings, term))),
      Promise.all(terms.map((term) => (withMasks.has(term) ? range(db.searchMasks, term) : []))),
    ]);
    return { postings, masks };
  });
}

export function decodeSearchRows(terms: readonly string[], stored: StoredTermRows): Map<string, PostingRow[]> {
  return new Map(
    terms.map((term, i) => {
      const masks = new Map(stored.masks[i]!.map((m) => [m.bucket, m]));
      return [term, stored.postings[i]!.map((row) => decodePostingRow(row, masks.get(row.bucket)))];
    }),
  );
}

export function createKnowledgeSearchStore(db: JiangxinDatabase): SearchStore<SearchDocumentRow> {
  return {
    rows: async (terms, withMasks) => decodeSearchRows(terms, await readSearchRows(db, terms, withMasks)),
    // The highest article number, read from the index alone: counting rows would walk the whole store.
    docCount: async () => Number((await db.articles.orderBy('searchNo').reverse().limit(1).keys())[0] ?? 0),
    // Search documents (summary and plain text) by search number: one primary-key get per candidate.
    async load(nos) {
      const documents = await db.searchDocuments.bulkGet([...nos]);
      return documents.flatMap((doc) => (doc ? [{ no: doc.searchNo, doc }] : []));
    },
  };
}
