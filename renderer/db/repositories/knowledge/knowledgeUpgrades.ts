/**
 * Upgrades of the knowledge tables.
 *
 * Version 1 → 4: article rows held their bodies. Move each body to articleBodies, keep the summary with its
 * derived facets, and build the search index once, so the first start after the update does not wait for it.
 */
import type { Transaction } from 'dexie';
import type { Article, Person } from '../../../../shared/domain';
import { rebuildSearchIndex, replaceAllArticles, type KnowledgeTables } from './knowledgeTables';

export async function upgradeKnowledgeToV4(tx: Transaction): Promise<void> {
  const articles = (await tx.table('articles').toArray()) as Article[];
  const people = (await tx.table('people').toArray()) as Person[];
  const tables = {
    articles: tx.table('articles'),
    articleBodies: tx.table('articleBodies'),
    articleRevisions: tx.table('articleRevisions'),
    searchPostings: tx.table('searchPostings'),
    settings: tx.table('settings'),
  } as KnowledgeTables;
  await replaceAllArticles(tables, articles, new Map(people.map((p) => [p.id, p])));
}

/**
 * Version 15: the search index is rebuilt once: the searchable texts by number (the table came with version 14)
 * and the posting rows in their stored form (byte strings, next-character masks in their own table).
 */
export async function upgradeSearchToV15(tx: Transaction): Promise<void> {
  await rebuildSearchIndex({
    articles: tx.table('articles'),
    articleBodies: tx.table('articleBodies'),
    articleRevisions: tx.table('articleRevisions'),
    searchPostings: tx.table('searchPostings'),
    searchMasks: tx.table('searchMasks'),
    searchDocuments: tx.table('searchDocuments'),
    settings: tx.table('settings'),
  });
}
