/**
 * Runs inside Chromium for knowledgeBrowse.bench.mjs (bundled with esbuild): the app's own database and knowledge
 * repository over 20,000 generated article summaries (the browse page reads summaries only, never bodies).
 * Each measure does what the browse page asks when it opens or a filter is clicked; the baseline does what the
 * page did before: every summary in one query, then filters and counts in memory.
 */
import { ARTICLE_KINDS } from '../../shared/domain';
import { ARTICLE_SOURCES, type ArticleSummary } from '../../shared/knowledge/articleFacets';
import { countFacetsWithFilters, matchesFilters, type ArticleFilters } from '../../shared/knowledge/countFacets';
import { JiangxinDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import { rebuildFacetPostings } from '../../renderer/db/repositories/knowledge/knowledgeFacets';
import { rng, zipf } from './benchRandom';

const DB_NAME = 'jiangxin-bench-knowledge-browse';
const PAGE = 50;

let db: JiangxinDatabase | undefined;

/** Filters as they cross from Node (JSON): a category branch comes as an array. */
type PlainFilters = Omit<ArticleFilters, 'categoryIds'> & { categoryIds?: string[] };
const toFilters = ({ categoryIds, ...rest }: PlainFilters): ArticleFilters => (categoryIds ? { ...rest, categoryIds: new Set(categoryIds) } : rest);

function generate(count: number): ArticleSummary[] {
  const random = rng(20261201);
  const tags = Array.from({ length: 400 }, (_, i) => `标签${i}`);
  const departments = Array.from({ length: 60 }, (_, i) => `dept-${i}`);
  const categories = Array.from({ length: 30 }, (_, i) => `cat-${i}`);
  return Array.from({ length: count }, (_, i) => {
    const year = 2015 + Math.floor(random() * 12);
    const day = Math.floor(random() * 365);
    const updatedAt = new Date(Date.UTC(year, 0, 1 + day, Math.floor(random() * 24), Math.floor(random() * 60))).toISOString();
    const tagCount = 1 + Math.floor(random() * 4);
    return {
      id: `article-${i}`,
      version: 1 + Math.floor(random() * 4),
      updatedAt,
      createdAt: `${year}-01-01T08:00:00.000Z`,
      title: `第${i}号 接触网检修作业经验总结与改进建议`,
      kind: ARTICLE_KINDS[zipf(random, ARTICLE_KINDS.length)]!,
      categoryId: categories[zipf(random, categories.length)]!,
      tags: [...new Set(Array.from({ length: tagCount }, () => tags[zipf(random, tags.length)]!))],
      links: [{ kind: 'competition', id: `competition-${Math.floor(random() * 300)}` }, { kind: 'person', id: `person-${Math.floor(random() * 5000)}` }],
      authorIds: [`person-${Math.floor(random() * 5000)}`],
      status: random() < 0.85 ? 'published' : 'draft',
      source: ARTICLE_SOURCES[Math.floor(random() * ARTICLE_SOURCES.length)]!,
      year,
      departmentIds: [departments[zipf(random, departments.length)]!],
      searchNo: i + 1,
      bodyLength: 1200 + Math.floor(random() * 600),
    } satisfies ArticleSummary;
  });
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/**
 * The counts as the indexes alone give them (the first design, kept to compare): a request per facet value,
 * `where(index).equals(v).count()` with no filter, that value's primary keys intersected with the other
 * filters' otherwise.
 */
const INDEXES = { kind: 'kind', status: 'status', source: 'source', year: 'year', tag: 'tags', departmentId: 'departmentIds', categoryIds: 'categoryId' } as const;
async function countThroughIndexes(filters: ArticleFilters): Promise<number> {
  const articles = db!.articles;
  return db!.transaction('r', articles, async () => {
    const active = (Object.keys(INDEXES) as (keyof typeof INDEXES)[]).filter((k) => filters[k] !== undefined);
    const sets = new Map(
      await Promise.all(
        active.map(async (k) => {
          const v = filters[k]!;
          const c = v instanceof Set ? articles.where(INDEXES[k]).anyOf([...v]) : articles.where(INDEXES[k]).equals(v as string | number);
          return [k, new Set(await c.primaryKeys())] as const;
        }),
      ),
    );
    let total = 0;
    for (const [k, index] of Object.entries(INDEXES)) {
      const others = [...sets].filter(([o]) => o !== k).map(([, s]) => s);
      const values = (await articles.orderBy(index).uniqueKeys()) as (string | number)[];
      const counts = await Promise.all(
        values.map(async (v) => {
          const where = articles.where(index).equals(v);
          if (others.length === 0) return where.count();
          return (await where.primaryKeys()).filter((id) => others.every((s) => s.has(id))).length;
        }),
      );
      total += counts.reduce((a, b) => a + b, 0);
    }
    return total;
  });
}

const api = {
  async seed(count: number): Promise<{ ms: number }> {
    db?.close();
    await new JiangxinDatabase(DB_NAME).delete();
    db = new JiangxinDatabase(DB_NAME);
    await db.open();
    const rows = generate(count);
    const started = performance.now();
    // As the app's bulk writes do (replaceAllArticles): the summaries and the facets' posting lists together.
    await db.transaction('rw', db.articles, db.articleFacetPostings, async () => {
      await db!.articles.bulkAdd(rows);
      await rebuildFacetPostings(db!.articleFacetPostings, rows);
    });
    return { ms: performance.now() - started };
  },

  /** What the browse page asks: the article count, the first page and the facet counts, together. */
  async openApp(plain: PlainFilters): Promise<{ ms: number; rows: number; total: number; kinds: number }> {
    const filters = toFilters(plain);
    const knowledge = createRepositories(db!).knowledge;
    const { ms, value } = await timed(() => Promise.all([knowledge.total(), knowledge.browse(filters, PAGE), knowledge.browseCounts(filters), knowledge.changeStamp()]));
    return { ms, rows: value[1].rows.length, total: value[1].total, kinds: value[2].kind.size };
  },

  /** The same answers as the page had them before: every summary, then filter, sort and count in memory. */
  async openBaseline(plain: PlainFilters): Promise<{ ms: number; rows: number; total: number; kinds: number }> {
    const filters = toFilters(plain);
    const { ms, value } = await timed(async () => {
      const all = await db!.articles.orderBy('updatedAt').reverse().toArray();
      const rows = all.filter((a) => matchesFilters(a, filters));
      return { rows, counts: countFacetsWithFilters(all, filters) };
    });
    return { ms, rows: Math.min(PAGE, value.rows.length), total: value.rows.length, kinds: value.counts.kind.size };
  },

  /** Reading every summary and nothing else (the floor of the old approach). */
  async toArray(): Promise<{ ms: number }> {
    return timed(() => db!.articles.toArray());
  },

  /** Only the facet counts, or only the page, to see where the time goes. */
  async part(which: 'counts' | 'page' | 'indexCounts' | 'stamp', plain: PlainFilters): Promise<{ ms: number }> {
    const filters = toFilters(plain);
    const knowledge = createRepositories(db!).knowledge;
    if (which === 'indexCounts') return timed(() => countThroughIndexes(filters));
    if (which === 'stamp') return timed(() => Promise.all([knowledge.total(), knowledge.changeStamp()]));
    if (which === 'counts') return timed(() => knowledge.browseCounts(filters));
    return timed(() => knowledge.browse(filters, PAGE));
  },
};

(globalThis as unknown as { kbrowse: typeof api }).kbrowse = api;
