import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Person } from '../../../../shared/domain';
import { BUCKET_SIZE, buildPostingRows, decodePostingRow, documentTerms, SEARCH_INDEX_VERSION } from '../../../../shared/knowledge/search';
import { JiangxinDatabase, SCHEMA_V1 } from '../../database';
import { createRepositories } from '../index';
import { KNOWLEDGE_TABLE_NAMES, replaceAllArticles, SEARCH_INDEX_VERSION_KEY, type KnowledgeTables } from './knowledgeTables';

const at = '2024-05-01T08:00:00.000Z';
const person: Person = { id: 'p1', version: 1, updatedAt: at, name: '王伟', employeeNo: 'E1', departmentId: 'dept-power', trade: '接触网工', honours: [] };
const article = (id: string, title: string, body: string, extra: Partial<Article> = {}): Article => ({
  id,
  version: 1,
  updatedAt: at,
  title,
  kind: 'technique',
  tags: ['供电'],
  body,
  links: [],
  authorIds: ['p1'],
  status: 'published',
  createdAt: at,
  ...extra,
});

const opened: JiangxinDatabase[] = [];
async function open(name: string): Promise<JiangxinDatabase> {
  const db = new JiangxinDatabase(name);
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const titles = async (db: JiangxinDatabase, query: string) =>
  (await createRepositories(db).knowledge.search(query, { limit: 20 })).hits.map((h) => h.doc.title);

describe('knowledge storage (version 4)', () => {
  it('upgrades a version 1 database: bodies move out of the list rows and the index is built once', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('people').add(person);
    await v1.table('articles').bulkAdd([article('a1', '接触网检修', '停电检修前先验电。DC110V 回路断开。'), article('a2', '车门故障', 'ATS故障时先报告行调。', { authorIds: [] })]);
    v1.close();

    const db = await open(name);
    const summary = await db.articles.get('a1');
    expect(summary).toMatchObject({ title: '接触网检修', source: 'manual', year: 2024, departmentIds: ['dept-power'], searchNo: 1 });
    expect(summary).not.toHaveProperty('body');
    expect((await db.articleBodies.get('a1'))?.body).toContain('验电');
    expect((await db.settings.get(SEARCH_INDEX_VERSION_KEY))?.value).toBe(SEARCH_INDEX_VERSION);
    expect(await titles(db, '验电')).toEqual(['接触网检修']);
    expect(await titles(db, 'ATS故障')).toEqual(['车门故障']);
    expect((await createRepositories(db).knowledge.getArticle('a2'))?.body).toBe('ATS故障时先报告行调。');
  });

  it('saves an article with its revision and index rows together, and restores a revision', async () => {
    const db = await open(`save-${crypto.randomUUID()}`);
    const { knowledge, people } = createRepositories(db);
    await people.save(person);
    const first = await knowledge.save(article('a1', '接触网检修', '先验电。'));
    await knowledge.save({ ...(await knowledge.getArticle('a1'))!, body: '先挂接地线。' });
    expect(await titles(db, '验电')).toEqual([]);
    expect(await titles(db, '接地线')).toEqual(['接触网检修']);
    const revisions = await knowledge.revisions('a1');
    expect(revisions.map((r) => r.version)).toEqual([first.version]);

    await knowledge.restoreRevision(revisions[0]!.id);
    expect((await knowledge.getArticle('a1'))?.body).toBe('先验电。');
    expect((await knowledge.get('a1'))?.version).toBe(3);
    expect(await titles(db, '验电')).toEqual(['接触网检修']);
    expect(await titles(db, '接地线')).toEqual([]);
    expect((await knowledge.revisions('a1')).map((r) => r.version)).toEqual([2, 1]);
  });

  it('keeps the index across a restart without rebuilding it', async () => {
    const name = `restart-${crypto.randomUUID()}`;
    const db = await open(name);
    const repos = createRepositories(db);
    await repos.workspace.replaceWith({ ...(await import('../../../../shared/domain')).emptyWorkspace(), people: [person], articles: [article('a1', '接触网检修', '先验电。')] });
    await repos.knowledge.save(article('a2', '道岔维护', '转辙机加油。'));
    const rowsBefore = await db.searchPostings.count();
    // Whole-workspace reads (backups, packages) still get whole articles.
    expect((await repos.workspace.read(['articles'])).articles.map((a) => a.body).sort()).toEqual(['先验电。', '转辙机加油。']);
    db.close();

    const reopened = await open(name);
    const knowledge = createRepositories(reopened).knowledge;
    expect(await knowledge.ensureSearchIndex()).toBe(false);
    expect(await reopened.searchPostings.count()).toBe(rowsBefore);
    expect(await titles(reopened, '转辙机')).toEqual(['道岔维护']);
    expect(await titles(reopened, '验')).toEqual(['接触网检修']);
  });

  it('rebuilds the index once when it was built by another tokenizer version', async () => {
    const db = await open(`rebuild-${crypto.randomUUID()}`);
    const { knowledge } = createRepositories(db);
    await knowledge.save(article('a1', '接触网检修', '先验电。'));
    await db.searchPostings.clear();
    await db.settings.put({ key: SEARCH_INDEX_VERSION_KEY, value: 0 });
    expect(await knowledge.ensureSearchIndex()).toBe(true);
    expect(await titles(db, '验电')).toEqual(['接触网检修']);
    expect((await knowledge.revisions('a1')).length).toBe(0);
  });

  it('upgrades a version 10 database: the search index is rebuilt once with texts and next-character masks', async () => {
    const name = `v10-${crypto.randomUUID()}`;
    const v10 = new JiangxinDatabase(name, { upToVersion: 10 });
    await v10.open();
    await v10.transaction('rw', ['articles', 'articleBodies', 'articleRevisions', 'searchPostings', 'settings'], () =>
      replaceAllArticles(v10 as unknown as KnowledgeTables, [article('a1', '接触网检修', '停电检修前先验电。'), article('a2', '道岔维护', '接触器与触网分开检查。')], new Map()),
    );
    await v10.settings.put({ key: SEARCH_INDEX_VERSION_KEY, value: 1 });
    v10.close();

    const db = await open(name);
    expect((await db.settings.get(SEARCH_INDEX_VERSION_KEY))?.value).toBe(SEARCH_INDEX_VERSION);
    expect((await db.searchDocuments.toArray()).map((d) => [d.searchNo, d.id, d.plain])).toEqual([
      [1, 'a1', '停电检修前先验电。'],
      [2, 'a2', '接触器与触网分开检查。'],
    ]);
    expect(await db.searchMasks.get(['接触', 0])).toBeDefined();
    expect(await db.searchMasks.get(['接', 0])).toBeUndefined();
    expect(await createRepositories(db).knowledge.ensureSearchIndex()).toBe(false);
    expect(await titles(db, '接触网')).toEqual(['接触网检修']);
    expect(await titles(db, '验电')).toEqual(['接触网检修']);
  });

  it('upgrades a version 14 database whose rows hold typed arrays: the index is rebuilt once in the stored form', async () => {
    const name = `v14-${crypto.randomUUID()}`;
    const v14 = new JiangxinDatabase(name, { upToVersion: 14 });
    await v14.open();
    const articles = [article('a1', '接触网检修', '停电检修前先验电。'), article('a2', '道岔维护', '接触器与触网分开检查。')];
    const { searchMasks: _none, ...tables } = Object.fromEntries(KNOWLEDGE_TABLE_NAMES.map((name) => [name, name === 'searchMasks' ? undefined : v14.table(name)]));
    await v14.transaction('rw', KNOWLEDGE_TABLE_NAMES.filter((name) => name !== 'searchMasks'), () => replaceAllArticles(tables as unknown as KnowledgeTables, articles, new Map()));
    // What version 14 of the app stored: three typed arrays a row, masks included, search index version 2.
    const legacy = buildPostingRows(articles.map((a, i) => ({ no: i + 1, terms: documentTerms(a) })));
    expect(legacy.some((row) => row.nexts)).toBe(true);
    await v14.searchPostings.clear();
    await v14.table('searchPostings').bulkPut(legacy);
    await v14.settings.put({ key: SEARCH_INDEX_VERSION_KEY, value: 2 });
    v14.close();

    const db = await open(name);
    expect(db.verno).toBeGreaterThanOrEqual(15);
    const rows = await db.searchPostings.toArray();
    expect(rows.length).toBe(legacy.length);
    expect(rows.every((row) => typeof row.data === 'string' && !('nos' in row))).toBe(true);
    expect(await db.searchMasks.count()).toBe(legacy.filter((row) => row.nexts).length);
    expect((await db.settings.get(SEARCH_INDEX_VERSION_KEY))?.value).toBe(SEARCH_INDEX_VERSION);
    expect(await createRepositories(db).knowledge.ensureSearchIndex()).toBe(false);
    expect(await titles(db, '接触网')).toEqual(['接触网检修']);
    expect(await titles(db, '验电')).toEqual(['接触网检修']);
    expect((await titles(db, '触网')).sort()).toEqual(['接触网检修', '道岔维护'].sort());
  });

  it('indexes articles on both sides of a bucket boundary', async () => {
    const db = await open(`buckets-${crypto.randomUUID()}`);
    const repos = createRepositories(db);
    const many = Array.from({ length: BUCKET_SIZE + 100 }, (_, i) => article(`m${i}`, `条目${i}`, '定期检修。', { authorIds: [] }));
    await repos.workspace.replaceWith({ ...(await import('../../../../shared/domain')).emptyWorkspace(), articles: many });
    const rows = await db.searchPostings.where('[term+bucket]').between(['检修', 0], ['检修', Infinity]).toArray();
    expect(rows.reduce((n, row) => n + decodePostingRow(row).nos.length, 0)).toBe(many.length);
    const { hits, unverified } = await repos.knowledge.search('检修', { limit: many.length });
    expect(hits.length + unverified).toBe(many.length);
    expect(hits).toHaveLength(many.length);
    expect(await db.searchDocuments.count()).toBe(many.length);
  });

  it('removes an article with its index rows and attachments', async () => {
    const db = await open(`remove-${crypto.randomUUID()}`);
    const { knowledge } = createRepositories(db);
    await knowledge.save(article('a1', '接触网检修', '先验电。'));
    const [file] = await knowledge.attachments.add('a1', [{ name: '图.png', mime: 'image/png', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(file).toMatchObject({ ownerKind: 'article', ownerId: 'a1', size: 3 });
    expect(await knowledge.attachments.bytes(file!.id)).toEqual(new Uint8Array([1, 2, 3]));
    await knowledge.remove('a1');
    expect(await db.searchPostings.count()).toBe(0);
    expect(await db.searchDocuments.count()).toBe(0);
    expect(await knowledge.attachments.of('a1')).toEqual([]);
    expect(await db.attachmentBlobs.count()).toBe(0);
  });

  it('saves an automatic draft once', async () => {
    const db = await open(`draft-${crypto.randomUUID()}`);
    const { knowledge } = createRepositories(db);
    const draft = article('auto-competition-c1', '竞赛经验总结', '获奖名单', { status: 'draft', origin: { kind: 'competition', id: 'c1' } });
    expect((await knowledge.saveAutomaticDraft(draft)).saved).toBe(true);
    expect((await knowledge.saveAutomaticDraft({ ...draft, body: '另一版' })).saved).toBe(false);
    expect((await knowledge.get('auto-competition-c1'))?.source).toBe('competition');
    expect(await titles(db, '获奖')).toEqual(['竞赛经验总结']);
  });
});
