/**
 * The knowledge base: article summaries for lists (never bodies), whole articles for the article page, saves
 * that write the article, its previous revision and its search-index rows in one transaction, attachments
 * (metadata and bytes apart), and search over the persisted index (no rebuild on start).
 */
import type { Article, Attachment, Person } from '../../../shared/domain';
import type { ArticleSummary } from '../../../shared/knowledge/articleFacets';
import { rankRelated, type ArticleFilters, type FacetCounts } from '../../../shared/knowledge/countFacets';
import { articleCountFromPostings, STATUS_KEY_PREFIX } from '../../../shared/knowledge/facetPostings';
import { runSearch, SEARCH_INDEX_VERSION, type SearchOutcome } from '../../../shared/knowledge/search';
import { sha256Hex } from '../../../shared/util/sha256';
import type { ArticleRevisionRow, JiangxinDatabase, SearchDocumentRow } from '../database';
import {
  deleteArticle,
  KNOWLEDGE_TABLE_NAMES,
  readArticle,
  rebuildSearchIndex,
  SEARCH_INDEX_VERSION_KEY,
  writeArticle,
} from './knowledge/knowledgeTables';
import { browseCounts, browseIds, browsePage, type BrowsePage } from './knowledge/knowledgeBrowse';
import { createKnowledgeSearchStore } from './knowledge/knowledgeSearchStore';
import { stamp, type Draft } from './recordMeta';
import { createRecordStore } from './recordStore';
import { attachmentName } from '../../../shared/safety/checkAttachment';

/** A search result document: the summary with its plain text, as loaded for verification and snippets. */
export type SearchedArticle = SearchDocumentRow;

export interface NewAttachment {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** At most this many candidates per way of being related (shared tags, same category) are read and ranked. */
const RELATED_CANDIDATES = 300;

export function createKnowledgeRepository(db: JiangxinDatabase) {
  const knowledgeTables = () => KNOWLEDGE_TABLE_NAMES.map((name) => db.table(name));
  const peopleOf = async (article: Pick<Article, 'authorIds' | 'links'>): Promise<Map<string, Person>> => {
    const ids = [...new Set([...article.authorIds, ...article.links.filter((l) => l.kind === 'person').map((l) => l.id)])];
    const people = await db.people.bulkGet(ids);
    return new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  };

  const searchStore = createKnowledgeSearchStore(db);

  let indexChecked: Promise<boolean> | undefined;

  const repository = {
    /** An article's summary. */
    get: (id: string): Promise<ArticleSummary | undefined> => db.articles.get(id),
    count: (): Promise<number> => db.articles.count(),
    /** A page of the browse list: the newest `limit` summaries matching the filters, and how many match. */
    browse: (filters: ArticleFilters, limit: number): Promise<BrowsePage> => browsePage(db.articles, db.articleFacetPostings, filters, limit),
    /** The browse panel's counts: each facet counts the articles matching every other filter (one read). */
    browseCounts: (filters: ArticleFilters): Promise<FacetCounts> => browseCounts(db.articleFacetPostings, filters),
    /** Every id matching the filters, newest first (to export or print the listed articles). */
    browseIds: (filters: ArticleFilters): Promise<string[]> => browseIds(db.articles, filters),
    /** How many articles there are, from the facets' status rows (IndexedDB counts rows by walking them). */
    total: async (): Promise<number> => articleCountFromPostings(await db.articleFacetPostings.where('key').startsWith(STATUS_KEY_PREFIX).toArray()),
    /**
     * Changes whenever an article is saved, restored or removed (every save stamps `updatedAt`; a removal
     * changes the total): what a search result list watches to run again.
     */
    async changeStamp(): Promise<string> {
      const [latest, total] = await Promise.all([db.articles.orderBy('updatedAt').reverse().limit(1).keys(), repository.total()]);
      return `${total}:${String(latest[0] ?? '')}`;
    },
    /** The summaries with these ids, in the same order. */
    async summaries(ids: readonly string[]): Promise<ArticleSummary[]> {
      const rows = await db.articles.bulkGet([...ids]);
      return rows.filter((r): r is ArticleSummary => r !== undefined);
    },
    /** Every tag in use, from the tags index (no rows loaded). */
    allTags: async (): Promise<string[]> => (await db.articles.orderBy('tags').uniqueKeys()).map(String),
    /** The whole article, body included. */
    getArticle: (id: string): Promise<Article | undefined> => readArticle(db, id),

    /** Saves an article with its version bumped; its previous version becomes a revision; the index follows. */
    async save(draft: Draft<Article>): Promise<ArticleSummary> {
      const people = await peopleOf(draft);
      return db.transaction('rw', knowledgeTables(), async () => {
        const stored = await db.articles.get(draft.id);
        return writeArticle(db, stamp<Article>(draft, stored), people);
      });
    },

    /**
     * Saves an automatically built draft (buildCompetitionResultsDraft, buildAchievementDraft) with its index
     * rows, once: a draft from the same source already stored is left as it is (someone may be editing it).
     */
    async saveAutomaticDraft(draft: Article): Promise<{ saved: boolean; article: ArticleSummary }> {
      const people = await peopleOf(draft);
      return db.transaction('rw', knowledgeTables(), async () => {
        const stored = await db.articles.get(draft.id);
        if (stored) return { saved: false, article: stored };
        return { saved: true, article: await writeArticle(db, draft, people) };
      });
    },

    /** Saves several new articles (a Markdown import) in one transaction: all land, or none. */
    async importArticles(articles: readonly Article[]): Promise<void> {
      const people = new Map((await db.people.bulkGet([...new Set(articles.flatMap((a) => a.authorIds))])).flatMap((p) => (p ? [[p.id, p] as const] : [])));
      await db.transaction('rw', knowledgeTables(), async () => {
        for (const article of articles) await writeArticle(db, article, people);
      });
    },

    /** Removes an article with its body, revisions, index rows and attachments. */
    async remove(id: string): Promise<void> {
      await db.transaction('rw', [...knowledgeTables(), db.attachments, db.attachmentBlobs], async () => {
        const attachmentIds = await db.attachments.where('[ownerKind+ownerId]').equals(['article', id]).primaryKeys();
        await db.attachments.bulkDelete(attachmentIds);
        await db.attachmentBlobs.bulkDelete(attachmentIds);
        await deleteArticle(db, id);
      });
    },

    /** Past versions, newest first. */
    revisions: (articleId: string): Promise<ArticleRevisionRow[]> =>
      db.articleRevisions.where('[articleId+version]').between([articleId, 0], [articleId, Infinity]).reverse().toArray(),

    /** Makes a past version current again, as a new version (history is never rewritten). */
    async restoreRevision(revisionId: string): Promise<ArticleSummary> {
      const revision = await db.articleRevisions.get(revisionId);
      if (!revision) throw new Error(`no revision ${revisionId}`);
      const current = await db.articles.get(revision.articleId);
      return repository.save({ ...revision.article, version: current?.version ?? revision.version });
    },

    /**
     * Articles most like this one, by shared links, tags and category (read through indexes). Candidates are
     * capped, so a tag or category shared by thousands of articles does not load them all.
     */
    async related(article: ArticleSummary, limit = 5): Promise<ArticleSummary[]> {
      const [byTag, byCategory] = await Promise.all([
        article.tags.length > 0 ? db.articles.where('tags').anyOf([...article.tags]).limit(RELATED_CANDIDATES).toArray() : [],
        article.categoryId ? db.articles.where('categoryId').equals(article.categoryId).limit(RELATED_CANDIDATES).toArray() : [],
      ]);
      const unique = new Map([...byTag, ...byCategory].map((a) => [a.id, a]));
      return rankRelated(article, [...unique.values()], limit);
    },

    /**
     * Full-text search over the persisted index. `accept` narrows by the browse filters; only verified hits
     * come back, `limit` at a time.
     */
    async search(query: string, options: { limit: number; maxVerified?: number; accept?: (a: SearchedArticle) => boolean }): Promise<SearchOutcome<SearchedArticle>> {
      await repository.ensureSearchIndex();
      return runSearch(searchStore, query, options);
    },

    /**
     * Checks the stored index was built by this tokenizer version; rebuilds it only when not (returns true
     * then). A normal start finds it current and does nothing.
     */
    ensureSearchIndex(): Promise<boolean> {
      indexChecked ??= (async () => {
        const version = (await db.settings.get(SEARCH_INDEX_VERSION_KEY))?.value;
        if (version === SEARCH_INDEX_VERSION) return false;
        await repository.rebuildSearchIndex();
        return true;
      })();
      return indexChecked;
    },

    /** Rebuilds the search texts and posting rows from the stored articles (nothing else changes). */
    rebuildSearchIndex: (): Promise<void> => db.transaction('rw', knowledgeTables(), () => rebuildSearchIndex(db)),

    categories: createRecordStore(db.categories),

    attachments: {
      of: (articleId: string): Promise<Attachment[]> => db.attachments.where('[ownerKind+ownerId]').equals(['article', articleId]).toArray(),
      get: (id: string): Promise<Attachment | undefined> => db.attachments.get(id),
      async bytes(id: string): Promise<Uint8Array | undefined> {
        return (await db.attachmentBlobs.get(id))?.bytes;
      },
      /** Stores files with an article: metadata and bytes in one transaction. */
      async add(articleId: string, files: readonly NewAttachment[]): Promise<Attachment[]> {
        const now = new Date().toISOString();
        const rows: Attachment[] = files.map((f) => ({
          id: crypto.randomUUID(),
          version: 1,
          updatedAt: now,
          ownerKind: 'article',
          ownerId: articleId,
          name: attachmentName(f.name),
          mime: f.mime,
          size: f.bytes.byteLength,
          sha256: sha256Hex(f.bytes),
        }));
        await db.transaction('rw', db.attachments, db.attachmentBlobs, async () => {
          await db.attachments.bulkAdd(rows);
          await db.attachmentBlobs.bulkAdd(rows.map((r, i) => ({ id: r.id, bytes: files[i]!.bytes })));
        });
        return rows;
      },
      async remove(id: string): Promise<void> {
        await db.transaction('rw', db.attachments, db.attachmentBlobs, async () => {
          await db.attachments.delete(id);
          await db.attachmentBlobs.delete(id);
        });
      },
    },
  };
  return repository;
}

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;
