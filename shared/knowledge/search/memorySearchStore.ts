/**
 * A search store held in memory, updated one document at a time exactly as the database store is: used by
 * unit tests as the reference, and by the CLI over a workspace file. Its rows can be exported and loaded back.
 */
import { documentTerms, searchTextOf, type SearchableDocument } from './documentTerms';
import { decodePostingRow, encodePostingRow, type StoredRows } from './postingCodec';
import { changePostings, touchedKeys, type PostingRow } from './postings';
import type { SearchStore } from './runSearch';

export interface MemorySearchStore<D extends SearchableDocument> extends SearchStore<D & { readonly plain: string }> {
  put(no: number, doc: D): void;
  remove(no: number): void;
  /** Every stored row, as it is persisted. */
  exportRows(): StoredRows[];
}

export function createMemorySearchStore<D extends SearchableDocument>(rows: readonly StoredRows[] = [], docs: ReadonlyMap<number, D> = new Map()): MemorySearchStore<D> {
  const byKey = new Map<string, StoredRows>(rows.map((row) => [key(row.postings.term, row.postings.bucket), row]));
  const documents = new Map(docs);

  const update = (no: number, after: D | undefined): void => {
    const before = documents.get(no);
    const beforeTerms = before ? documentTerms(before) : undefined;
    const afterTerms = after ? documentTerms(after) : undefined;
    const keys = touchedKeys(no, beforeTerms, afterTerms);
    const current = new Map<string, PostingRow>();
    for (const [term, bucket] of keys) {
      const row = byKey.get(key(term, bucket));
      if (row) current.set(term, decodePostingRow(row.postings, row.masks));
    }
    const change = changePostings(no, afterTerms, keys, current);
    for (const [term, bucket] of change.remove) byKey.delete(key(term, bucket));
    for (const row of change.put) byKey.set(key(row.term, row.bucket), encodePostingRow(row));
    if (after) documents.set(no, after);
    else documents.delete(no);
  };

  return {
    async rows(terms, withMasks) {
      const wanted = new Set(terms);
      const out = new Map<string, PostingRow[]>();
      for (const { postings, masks } of byKey.values()) {
        if (!wanted.has(postings.term)) continue;
        const row = decodePostingRow(postings, withMasks.has(postings.term) ? masks : undefined);
        out.set(postings.term, [...(out.get(postings.term) ?? []), row]);
      }
      return out;
    },
    async docCount() {
      return documents.size;
    },
    async load(nos) {
      return nos.flatMap((no) => {
        const doc = documents.get(no);
        return doc ? [{ no, doc: { ...doc, plain: searchTextOf(doc).plain } }] : [];
      });
    },
    put: (no, doc) => update(no, doc),
    remove: (no) => update(no, undefined),
    exportRows: () => [...byKey.values()].sort((a, b) => a.postings.term.localeCompare(b.postings.term) || a.postings.bucket - b.postings.bucket),
  };
}

function key(term: string, bucket: number): string {
  return `${bucket}\u0000${term}`;
}
