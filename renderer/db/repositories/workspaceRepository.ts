/**
 * Whole-workspace operations: counting, reading several tables at once, and replacing everything in one
 * transaction (demo load, and later backup restore) so a replacement lands whole or not at all.
 */
import { WORKSPACE_TABLES, type WorkspaceRecords, type WorkspaceTable } from '../../../shared/domain';
import type { Article } from '../../../shared/domain';
import type { JiangxinDatabase, SealedMapRow } from '../database';
import { KNOWLEDGE_TABLE_NAMES, replaceAllArticles, toArticle } from './knowledge/knowledgeTables';

export type WorkspaceCounts = Readonly<Record<WorkspaceTable, number>>;

export function createWorkspaceRepository(db: JiangxinDatabase) {
  const tables = () => [...new Set([...WORKSPACE_TABLES, ...KNOWLEDGE_TABLE_NAMES])].map((name) => db.table(name));
  // Articles are stored as summaries + bodies + search-index rows (repositories/knowledge).
  const readArticles = async (): Promise<Article[]> => {
    const summaries = await db.articles.toArray();
    const bodies = await db.articleBodies.bulkGet(summaries.map((s) => s.id));
    return summaries.map((s, i) => toArticle(s, bodies[i]?.body ?? ''));
  };

  return {
    async counts(): Promise<WorkspaceCounts> {
      const values = await Promise.all(WORKSPACE_TABLES.map((name) => db.table(name).count()));
      return Object.fromEntries(WORKSPACE_TABLES.map((name, i) => [name, values[i] ?? 0])) as WorkspaceCounts;
    },

    async totalRecords(): Promise<number> {
      const counts = await this.counts();
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    },

    async isEmpty(): Promise<boolean> {
      return (await this.totalRecords()) === 0;
    },

    /** Reads the named tables in one read transaction, so the figures computed from them are consistent. */
    async read<T extends WorkspaceTable>(names: readonly T[]): Promise<Pick<WorkspaceRecords, T>> {
      const readTables = names.includes('articles' as T) ? [...names, 'articleBodies'] : names;
      return db.transaction('r', readTables.map((name) => db.table(name)), async () => {
        const rows = await Promise.all(names.map((name) => (name === 'articles' ? readArticles() : db.table(name).toArray())));
        return Object.fromEntries(names.map((name, i) => [name, rows[i]])) as unknown as Pick<WorkspaceRecords, T>;
      });
    },

    /**
     * Replaces every workspace table with `records`, atomically, with the sealed code maps that go with them
     * (they belong to the competitions replaced). Settings, attachments and this device's keys are kept.
     */
    async replaceWith(records: WorkspaceRecords, sealedMaps: readonly SealedMapRow[] = []): Promise<void> {
      await db.transaction('rw', [...tables(), db.sealedMaps], async () => {
        for (const name of WORKSPACE_TABLES) {
          if (name === 'articles') {
            await replaceAllArticles(db, records.articles, new Map(records.people.map((p) => [p.id, p])));
            continue;
          }
          const table = db.table(name);
          await table.clear();
          await table.bulkAdd([...records[name]]);
        }
        await db.sealedMaps.clear();
        await db.sealedMaps.bulkAdd([...sealedMaps]);
      });
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
