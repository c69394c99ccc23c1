/** Counts for the browse panel, over the article summaries a list already holds (no bodies). */
import type { ArticleSummary } from './articleFacets';

export interface FacetCounts {
  readonly kind: ReadonlyMap<string, number>;
  readonly status: ReadonlyMap<string, number>;
  readonly source: ReadonlyMap<string, number>;
  readonly year: ReadonlyMap<number, number>;
  readonly tag: ReadonlyMap<string, number>;
  readonly department: ReadonlyMap<string, number>;
  /** Articles directly in each category (the tree adds its children's counts). */
  readonly category: ReadonlyMap<string, number>;
}

export function countFacets(articles: readonly ArticleSummary[]): FacetCounts {
  const kind = new Map<string, number>();
  const status = new Map<string, number>();
  const source = new Map<string, number>();
  const year = new Map<number, number>();
  const tag = new Map<string, number>();
  const department = new Map<string, number>();
  const category = new Map<string, number>();
  const bump = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const a of articles) {
    bump(kind, a.kind);
    bump(status, a.status);
    bump(source, a.source);
    bump(year, a.year);
    for (const t of new Set(a.tags)) bump(tag, t);
    for (const d of a.departmentIds) bump(department, d);
    if (a.categoryId) bump(category, a.categoryId);
  }
  return { kind, status, source, year, tag, department, category };
}

/** A category and all its descendants, for filtering by a branch of the tree. */
export function categoryBranch(rootId: string, categories: readonly { id: string; parentId?: string | undefined }[]): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of categories) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  const out = new Set<string>();
  const walk = (id: string): void => {
    if (out.has(id)) return;
    out.add(id);
    for (const child of children.get(id) ?? []) walk(child);
  };
  walk(rootId);
  return out;
}

/** Browse filters; every set one narrows the list, and all combine with a search query. */
export interface ArticleFilters {
  readonly kind?: string | undefined;
  readonly status?: string | undefined;
  readonly source?: string | undefined;
  readonly year?: number | undefined;
  readonly tag?: string | undefined;
  readonly departmentId?: string | undefined;
  /** The selected category and its descendants. */
  readonly categoryIds?: ReadonlySet<string> | undefined;
}

export function matchesFilters(a: ArticleSummary, f: ArticleFilters): boolean {
  return (
    (f.kind === undefined || a.kind === f.kind) &&
    (f.status === undefined || a.status === f.status) &&
    (f.source === undefined || a.source === f.source) &&
    (f.year === undefined || a.year === f.year) &&
    (f.tag === undefined || a.tags.includes(f.tag)) &&
    (f.departmentId === undefined || a.departmentIds.includes(f.departmentId)) &&
    (f.categoryIds === undefined || (a.categoryId !== undefined && f.categoryIds.has(a.categoryId)))
  );
}

/** Articles most like `article`: shared links count most, then tags, then the same category. */
export function rankRelated(article: ArticleSummary, others: readonly ArticleSummary[], limit = 5): ArticleSummary[] {
  const links = new Set(article.links.map((l) => `${l.kind}:${l.id}`));
  const tags = new Set(article.tags);
  const score = (o: ArticleSummary): number =>
    o.links.filter((l) => l.kind !== 'person' && links.has(`${l.kind}:${l.id}`)).length * 3 +
    o.tags.filter((t) => tags.has(t)).length * 2 +
    (o.categoryId !== undefined && o.categoryId === article.categoryId ? 1 : 0);
  return others
    .filter((o) => o.id !== article.id)
    .map((o) => ({ o, s: score(o) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.o.updatedAt.localeCompare(a.o.updatedAt))
    .slice(0, limit)
    .map((x) => x.o);
}

/**
 * Counts for a browse panel where filters are set: each facet counts the articles matching every other
 * filter, so choosing a kind still shows how many articles the other kinds have.
 */
export function countFacetsWithFilters(articles: readonly ArticleSummary[], f: ArticleFilters): FacetCounts {
  const without = (drop: keyof ArticleFilters) => countFacets(articles.filter((a) => matchesFilters(a, { ...f, [drop]: undefined })));
  return {
    kind: without('kind').kind,
    status: without('status').status,
    source: without('source').source,
    year: without('year').year,
    tag: without('tag').tag,
    department: without('departmentId').department,
    category: without('categoryIds').category,
  };
}
