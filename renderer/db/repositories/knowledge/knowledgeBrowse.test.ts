import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS } from '../../../../shared/domain';
import { ARTICLE_SOURCES, type ArticleSummary } from '../../../../shared/knowledge/articleFacets';
import { categoryBranch, countFacetsWithFilters, matchesFilters, type ArticleFilters, type FacetCounts } from '../../../../shared/knowledge/countFacets';
import { testDatabases } from '../../testing/testDatabases';

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

  it('follows writes: a new article appears first and is counted', async () => {
    const { db, repos } = await databases.open();
    const all = summaries(200);
    await db.articles.bulkAdd(all);
    const before = await repos.knowledge.changeStamp();
    const newest = { ...all[0]!, id: 'new', searchNo: 999, updatedAt: '2030-01-01T00:00:00.000Z', kind: 'case' as const, tags: ['新标签'] };
    await db.articles.add(newest);

    expect((await repos.knowledge.browse({ kind: 'case' }, 1)).rows[0]?.id).toBe('new');
    expect((await repos.knowledge.browseCounts({})).tag.get('新标签')).toBe(1);
    expect(await repos.knowledge.changeStamp()).not.toBe(before);
  });
});
