import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, type Article } from '../../../../shared/domain';
import { ARTICLE_SOURCES, type ArticleSummary } from '../../../../shared/knowledge/articleFacets';
import { categoryBranch, countFacetsWithFilters, matchesFilters, type ArticleFilters, type FacetCounts } from '../../../../shared/knowledge/countFacets';
import { JiangxinDatabase } from '../../database';
import { testDatabases } from '../../testing/testDatabases';
import { createRepositories } from '../index';
import { rebuildFacetPostings } from './knowledgeFacets';

const databases = testDatabases();
const ARTICLES = 3000;
const CATEGORIES = [
  { id: 'c-root', parentId: undefined },
  { id: 'c-power', parentId: 'c-root' },
  { id: 'c-catenary', parentId: 'c-power' },
  { id: 'c-signal', parentId: undefined },
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Summaries with every facet spread unevenly, and many equal `updatedAt` (to check the order of ties). */
function summaries(count: number): ArticleSummary[] {
  const random = rng(7);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() ** 1.5 * list.length)]!;
  const tags = Array.from({ length: 40 }, (_, i) => `标签${i}`);
  const departments = Array.from({ length: 12 }, (_, i) => `dept-${i}`);
  return Array.from({ length: count }, (_, i) => {
    const year = 2019 + Math.floor(random() * 6);
    const updatedAt = `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T08:00:00.000Z`;
    const categoryId = random() < 0.15 ? undefined : pick(CATEGORIES).id;
    return {
      id: `a${String(i).padStart(5, '0')}`,
      version: 1,
      updatedAt,
      createdAt: `${year}-01-01T00:00:00.000Z`,
      title: `文章 ${i}`,
      kind: pick(ARTICLE_KINDS),
      ...(categoryId ? { categoryId } : {}),
      tags: [...new Set([pick(tags), pick(tags), pick(tags)].slice(0, 1 + Math.floor(random() * 3)))],
      links: [],
      authorIds: [],
      status: random() < 0.8 ? 'published' : 'draft',
      source: pick(ARTICLE_SOURCES),
      year,
      departmentIds: [...new Set([pick(departments), pick(departments)].slice(0, Math.floor(random() * 3)))],
      searchNo: i + 1,
      bodyLength: 1500,
    } satisfies ArticleSummary;
  });
}

/** The full scan the indexes must agree with: every row filtered, newest first, ties by id descending. */
function scanPage(all: readonly ArticleSummary[], filters: ArticleFilters, limit: number) {
  const rows = all.filter((a) => matchesFilters(a, filters)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || (a.id < b.id ? 1 : -1));
  return { ids: rows.slice(0, limit).map((a) => a.id), total: rows.length, all: rows.map((a) => a.id) };
}

const sorted = (counts: FacetCounts) => Object.fromEntries(Object.entries(counts).map(([facet, map]) => [facet, [...(map as Map<unknown, number>)].sort((a, b) => String(a[0]).localeCompare(String(b[0])))]));

const FILTERS: Record<string, ArticleFilters> = {
  none: {},
  'one kind (hundreds: ordered through the updatedAt index)': { kind: 'technique' },
  'published only (most articles)': { status: 'published' },
  'a tag': { tag: '标签3' },
  'a year and a source': { year: 2021, source: 'studio' },
  'kind, tag and department (a few: sorted in memory)': { kind: 'best_practice', tag: '标签0', departmentId: 'dept-0' },
  'a category branch': { categoryIds: categoryBranch('c-power', CATEGORIES) },
  'draft, lesson, a category and a year': { status: 'draft', kind: 'lesson', categoryIds: categoryBranch('c-root', CATEGORIES), year: 2020 },
  'nothing matches': { tag: '标签0', year: 1999 },
};

describe('browsing the knowledge base through indexes', () => {
  it(`gives the same page, total and counts as a full scan, on ${ARTICLES} articles`, async () => {
    const { db, repos } = await databases.open();
    const all = summaries(ARTICLES);
    await db.articles.bulkAdd(all);
    await rebuildFacetPostings(db.articleFacetPostings, all);

    for (const [name, filters] of Object.entries(FILTERS)) {
      for (const limit of [50, 120]) {
        const expected = scanPage(all, filters, limit);
        const page = await repos.knowledge.browse(filters, limit);
        expect(page.rows.map((a) => a.id), `${name}, first ${limit}`).toEqual(expected.ids);
        expect(page.total, name).toBe(expected.total);
      }
      expect(sorted(await repos.knowledge.browseCounts(filters)), name).toEqual(sorted(countFacetsWithFilters(all, filters)));
      expect(await repos.knowledge.browseIds(filters), name).toEqual(scanPage(all, filters, Infinity).all);
    }
  });

  it('keeps the facet counts in step with saves, edits, restores and removals', async () => {
    const { db, repos } = await databases.open();
    const base = summaries(40).map(({ source: _s, year: _y, departmentIds: _d, searchNo: _n, bodyLength: _b, ...meta }): Article => ({ ...meta, body: `正文 ${meta.title}` }));
    await repos.knowledge.importArticles(base);
    const check = async () => {
      const rows = await db.articles.toArray();
      for (const filters of [{}, { kind: 'case' }, { tag: '标签1', status: 'published' }] as ArticleFilters[]) {
        expect(sorted(await repos.knowledge.browseCounts(filters))).toEqual(sorted(countFacetsWithFilters(rows, filters)));
      }
    };
    await check();
    const before = await repos.knowledge.changeStamp();
    await repos.knowledge.save({ ...base[0]!, kind: 'case', tags: ['新标签', '标签1'], categoryId: undefined });
    await repos.knowledge.save({ ...base[1]!, status: 'draft' });
    await check();
    expect((await repos.knowledge.browseCounts({})).tag.get('新标签')).toBe(1);
    expect(await repos.knowledge.changeStamp()).not.toBe(before);
    expect((await repos.knowledge.browse({}, 1)).rows[0]?.id).toBe(base[1]!.id);

    await repos.knowledge.restoreRevision(`${base[0]!.id}@1`);
    await repos.knowledge.remove(base[2]!.id);
    await check();
    expect((await repos.knowledge.browseCounts({})).tag.has('新标签')).toBe(false);
  });

  it('builds the posting lists and the picker indexes when a version 10 database is upgraded', async () => {
    const name = `v10-${crypto.randomUUID()}`;
    const v10 = databases.track(new JiangxinDatabase(name, { upToVersion: 10 }));
    await v10.open();
    const all = summaries(300);
    await v10.articles.bulkAdd(all);
    await v10.competitions.add({ id: 'c1', name: '2026年接触网技能竞赛' } as never);
    v10.close();

    const db = databases.track(new JiangxinDatabase(name));
    await db.open();
    const repos = createRepositories(db);
    expect(sorted(await repos.knowledge.browseCounts({ kind: 'case' }))).toEqual(sorted(countFacetsWithFilters(all, { kind: 'case' })));
    expect((await db.competitions.where('name').startsWith('2026').toArray()).map((c) => c.id)).toEqual(['c1']);
  });
});
