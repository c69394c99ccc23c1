/**
 * The browse facets of an article that are derived rather than typed in: where it came from, its year and the
 * departments of its authors. Stored beside the article's metadata so lists and counts use indexes.
 */
import type { Article, Person } from '../domain';

export const ARTICLE_SOURCES = ['competition', 'studio', 'manual'] as const;
export type ArticleSource = (typeof ARTICLE_SOURCES)[number];

/** Competition results → competition; achievements, projects, studios and activities → studio; else manual. */
export function articleSource(article: Pick<Article, 'origin'>): ArticleSource {
  const kind = article.origin?.kind;
  if (kind === 'competition' || kind === 'entry') return 'competition';
  if (kind === 'achievement' || kind === 'project' || kind === 'studio' || kind === 'activity') return 'studio';
  return 'manual';
}

export function articleYear(article: Pick<Article, 'createdAt'>): number {
  return Number(article.createdAt.slice(0, 4));
}

/** Departments of the authors, or of the linked people when nobody is named as author (automatic drafts). */
export function articleDepartmentIds(article: Pick<Article, 'authorIds' | 'links'>, personById: ReadonlyMap<string, Pick<Person, 'departmentId'>>): string[] {
  const people = article.authorIds.length > 0 ? article.authorIds : article.links.filter((l) => l.kind === 'person').map((l) => l.id);
  return [...new Set(people.flatMap((id) => personById.get(id)?.departmentId ?? []))];
}

/** The metadata of an article as lists show it: everything but the body, plus the derived facets. */
export interface ArticleSummary extends Omit<Article, 'body'> {
  readonly source: ArticleSource;
  readonly year: number;
  readonly departmentIds: readonly string[];
  /** The article's number in the search index (posting rows name articles by number). */
  readonly searchNo: number;
  /** Length of the body in characters, shown in lists instead of the body. */
  readonly bodyLength: number;
}

export function summariseArticle(article: Article, searchNo: number, personById: ReadonlyMap<string, Pick<Person, 'departmentId'>>): ArticleSummary {
  const { body, ...meta } = article;
  return {
    ...meta,
    source: articleSource(article),
    year: articleYear(article),
    departmentIds: articleDepartmentIds(article, personById),
    searchNo,
    bodyLength: body.length,
  };
}
