/**
 * The knowledge base of the demo: the category tree, 24 hand-written articles linked to the competitions,
 * projects, achievements and people of their trade, and 16 drafts created automatically — 10 from published
 * competition results and 6 from registered achievements — as the app does (DESIGN §2 "Knowledge base").
 */
import type { Achievement, Article, ArticleKind, Category, Entry, Project, Publication, RecordRef, Studio } from '../domain';
import { buildAchievementDraft } from '../knowledge/drafts/buildAchievementDraft';
import { buildCompetitionResultsDraft } from '../knowledge/drafts/buildCompetitionResultsDraft';
import type { Random } from '../util/random';
import { type DemoContext, seq, compareText } from './context';
import { ARTICLE_TOPICS, CATEGORY_TREE, type ArticleTopic, type CategorySpec } from './data/knowledgeCatalog';
import { addDays, daysBetween, isoDate, minDate } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

/** Section headings of a hand-written article, by kind. */
const SECTIONS: Readonly<Record<ArticleKind, readonly [string, string, string]>> = {
  best_practice: ['背景', '主要做法', '成效'],
  technique: ['适用场景', '操作要点', '效果'],
  case: ['事件经过', '分析与处置', '整改结果'],
  lesson: ['事件经过', '原因与教训', '改进措施'],
  operating_standard: ['适用范围', '作业程序', '收尾要求'],
};

export interface KnowledgeInputs {
  readonly competitions: readonly DemoCompetition[];
  readonly publications: readonly Publication[];
  readonly entryById: ReadonlyMap<string, Entry>;
  readonly studios: readonly Studio[];
  readonly projects: readonly Project[];
  readonly achievements: readonly Achievement[];
}

export function generateKnowledge(
  ctx: DemoContext,
  org: DemoOrganisation,
  inputs: KnowledgeInputs,
): { categories: Category[]; articles: Article[] } {
  const rng = ctx.random('knowledge');
  const { categories, categoryId } = buildCategories(ctx);

  const articles: Article[] = [];
  const nextId = (): string => `article-${seq(articles.length + 1, 3)}`;
  for (const topic of ARTICLE_TOPICS) {
    articles.push(handWritten(ctx, rng, org, inputs, topic, categoryId.get(topic.category), nextId()));
  }
  for (const article of fromResults(ctx, rng, org, inputs, categoryId.get('practice'))) articles.push({ ...article, id: nextId() });
  for (const article of fromAchievements(ctx, org, inputs, categoryId.get('rollout'))) articles.push({ ...article, id: nextId() });
  return { categories, articles };
}

/** The category tree, depth first, and each category's id by its catalogue key. */
function buildCategories(ctx: DemoContext): { categories: Category[]; categoryId: Map<string, string> } {
  const categories: Category[] = [];
  const categoryId = new Map<string, string>();
  const add = (spec: CategorySpec, parentId: string | undefined): void => {
    const id = `cat-${seq(categories.length + 1, 2)}`;
    categories.push({ id, version: 1, updatedAt: ctx.at(`${ctx.year}-01-05`), name: spec.name, ...(parentId ? { parentId } : {}) });
    categoryId.set(spec.key, id);
    for (const child of spec.children ?? []) add(child, id);
  };
  for (const spec of CATEGORY_TREE) add(spec, undefined);
  return { categories, categoryId };
}

function handWritten(
  ctx: DemoContext,
  rng: Random,
  org: DemoOrganisation,
  { competitions, studios, projects, achievements }: KnowledgeInputs,
  topic: ArticleTopic,
  categoryId: string | undefined,
  id: string,
): Article {
  const studio = studios.find((s) => s.trade === topic.trade);
  const authorIds = studio
    ? [studio.leadId, ...rng.sample(studio.memberIds, 1)]
    : org.peopleOfTrade(topic.trade).slice(0, 1).map((p) => p.id);
  const competition = rng.sample(
    competitions.filter((c) => c.record.trade === topic.trade && c.record.status === 'published'),
    1,
  )[0];
  const project = studio ? projects.find((p) => p.studioId === studio.id && p.stage !== 'rejected') : undefined;
  const achievement = studio ? achievements.find((a) => a.studioId === studio.id && a.year === ctx.year) : undefined;
  const links: RecordRef[] = [
    ...(competition ? [{ kind: 'competition' as const, id: competition.record.id }] : []),
    ...(project ? [{ kind: 'project' as const, id: project.id }] : []),
    ...(achievement ? [{ kind: 'achievement' as const, id: achievement.id }] : []),
    ...(studio ? [{ kind: 'studio' as const, id: studio.id }] : []),
    ...authorIds.map((personId) => ({ kind: 'person' as const, id: personId })),
  ];
  const [first, second, third] = SECTIONS[topic.kind];
  const numbered = topic.kind === 'lesson' || topic.kind === 'case' ? topic.steps.map((s) => `- ${s}`) : topic.steps.map((s, i) => `${i + 1}. ${s}`);
  const body = [
    `## ${first}`,
    '',
    topic.context,
    '',
    `## ${second}`,
    '',
    ...numbered,
    '',
    `## ${third}`,
    '',
    topic.outcome,
    '',
  ].join('\n');
  const created = anyDay(ctx, rng);
  const edited = minDate(addDays(created, rng.int(0, 20)), addDays(ctx.today, -1));
  return {
    id,
    version: created === edited ? 1 : 2,
    updatedAt: ctx.at(edited, '16:30'),
    title: topic.title,
    kind: topic.kind,
    ...(categoryId ? { categoryId } : {}),
    tags: [...topic.tags, topic.trade],
    body,
    links,
    authorIds,
    status: rng.chance(0.92) ? 'published' : 'draft',
    createdAt: ctx.at(created, '09:30'),
  };
}

function anyDay(ctx: DemoContext, rng: Random): string {
  const start = isoDate(ctx.year, 1, 15);
  return addDays(start, rng.int(0, Math.max(0, daysBetween(start, addDays(ctx.today, -2)))));
}

/** Drafts created from published results, as publishing does (buildCompetitionResultsDraft). */
function fromResults(
  ctx: DemoContext,
  rng: Random,
  org: DemoOrganisation,
  { competitions, publications, entryById }: KnowledgeInputs,
  categoryId: string | undefined,
): Omit<Article, 'id'>[] {
  const byId = new Map(competitions.map((c) => [c.record.id, c.record]));
  const higher = publications.filter((p) => byId.get(p.competitionId)?.level !== 'grassroots');
  const grassroots = rng.sample(publications.filter((p) => byId.get(p.competitionId)?.level === 'grassroots'), Math.max(0, 10 - higher.length));
  const entries = [...entryById.values()];
  return [...higher, ...grassroots].slice(0, 10).flatMap((publication) => {
    const competition = byId.get(publication.competitionId);
    if (!competition) return [];
    const now = ctx.at(addDays(publication.publishedAt.slice(0, 10), 1), '08:00');
    const { id: _id, ...draft } = buildCompetitionResultsDraft({
      competition,
      publication,
      entries: entries.filter((e) => e.competitionId === competition.id),
      people: org.people,
      departments: org.departments,
      categoryId,
      now,
    });
    return [draft];
  });
}

/** Drafts created from registered achievements with the largest savings, as registering does (buildAchievementDraft). */
function fromAchievements(
  ctx: DemoContext,
  org: DemoOrganisation,
  { achievements, studios }: KnowledgeInputs,
  categoryId: string | undefined,
): Omit<Article, 'id'>[] {
  const largest = achievements
    .filter((a) => a.year === ctx.year && a.projectId && a.annualSavingsFen > 0)
    .sort((a, b) => b.annualSavingsFen - a.annualSavingsFen || compareText(a.id, b.id))
    .slice(0, 6);
  return largest.map((achievement) => {
    const studio = studios.find((s) => s.id === achievement.studioId);
    const now = ctx.at(minDate(addDays(achievement.date, 1), addDays(ctx.today, -1)), '08:00');
    const { id: _id, ...draft } = buildAchievementDraft({ achievement, people: org.people, studio, categoryId, now });
    return draft;
  });
}
