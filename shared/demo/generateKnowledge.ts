/**
 * The knowledge base of the demo: the category tree, 24 hand-written articles linked to the competitions,
 * projects, achievements and people of their trade, and 16 drafts created automatically — 10 from published
 * competition results and 6 from registered achievements — as the app does (DESIGN §2 "Knowledge base").
 */
import type { Achievement, Article, ArticleKind, Category, Entry, Level, Project, Publication, RecordRef, Studio } from '../domain';
import type { Random } from '../util/random';
import { type DemoContext, seq, compareText } from './context';
import { ARTICLE_TOPICS, CATEGORY_TREE, type ArticleTopic, type CategorySpec } from './data/knowledgeCatalog';
import { addDays, daysBetween, isoDate, minDate } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

const LEVEL_NAMES: Readonly<Record<Level, string>> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
  company: '公司级',
  grassroots: '基层级',
};

const AWARD_NAMES = { first: '一等奖', second: '二等奖', third: '三等奖' } as const;

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
  for (const article of fromAchievements(ctx, rng, org, inputs, categoryId.get('rollout'))) articles.push({ ...article, id: nextId() });
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

/** Drafts created from published results: the competition at a glance and its award winners. */
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
  return [...higher, ...grassroots].slice(0, 10).flatMap((publication) => {
    const competition = byId.get(publication.competitionId);
    if (!competition) return [];
    const awarded = publication.results.filter((r) => r.award);
    const ranked = publication.results.filter((r) => r.rank !== undefined);
    const winnerIds = [...new Set(awarded.flatMap((r) => entryById.get(r.entryId)?.memberIds ?? []))];
    const rows = awarded.map((r) => {
      const entry = entryById.get(r.entryId);
      const names = (entry?.memberIds ?? []).map((id) => org.personById.get(id)?.name ?? '').join('、');
      const who = entry?.teamName ? `${entry.teamName}（${names}）` : `${names}（${org.departmentById.get(entry?.departmentId ?? '')?.name ?? ''}）`;
      return `| ${r.rank} | ${who} | ${r.total.toFixed(2)} | ${AWARD_NAMES[r.award ?? 'third']} |`;
    });
    const parts = competition.rubric.parts.map(
      (p) => `- ${p.name}（${p.weightPercent}%）：${p.modules.map((m) => m.name).join('、')}`,
    );
    const publishedOn = publication.publishedAt.slice(0, 10);
    const body = [
      `本条目根据${publishedOn}公示的成绩自动生成，请教练和获奖选手补充经验做法后发布。`,
      '',
      '## 比赛概况',
      '',
      `- 级别：${LEVEL_NAMES[competition.level]}`,
      `- 工种：${competition.trade}`,
      `- 时间：${competition.startDate} 至 ${competition.endDate}`,
      `- 地点：${competition.venue}`,
      `- 参赛${competition.teamBased ? '队伍' : '选手'}：${publication.results.length}，排名 ${ranked.length}，获奖 ${awarded.length}`,
      '',
      '## 考核内容',
      '',
      ...parts,
      '',
      '## 获奖名单',
      '',
      '| 名次 | 选手 | 成绩 | 奖项 |',
      '| --- | --- | --- | --- |',
      ...rows,
      '',
      '## 待补充',
      '',
      '- 获奖选手的作业方法与技巧',
      '- 赛前集训安排与经验',
      '- 比赛中暴露的共性问题',
      '',
    ].join('\n');
    const created = addDays(publishedOn, 1);
    return [
      {
        version: 1,
        updatedAt: ctx.at(created, '08:00'),
        title: `${competition.name}经验总结`,
        kind: 'best_practice' as const,
        ...(categoryId ? { categoryId } : {}),
        tags: [competition.trade, '技能竞赛', LEVEL_NAMES[competition.level]],
        body,
        links: [
          { kind: 'competition' as const, id: competition.id },
          ...winnerIds.map((id) => ({ kind: 'person' as const, id })),
        ],
        authorIds: [],
        status: 'draft' as const,
        createdAt: ctx.at(created, '08:00'),
        origin: { kind: 'competition' as const, id: competition.id },
      },
    ];
  });
}

/** Drafts created from registered achievements with the largest savings: what to roll out and where. */
function fromAchievements(
  ctx: DemoContext,
  rng: Random,
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
    const owners = achievement.ownerIds.map((id) => org.personById.get(id)?.name ?? '').join('、');
    const body = [
      `本条目根据登记的成果“${achievement.title}”自动生成，请成果完成人补充技术要点后发布。`,
      '',
      '## 成果简介',
      '',
      `- 完成单位：${studio?.name ?? ''}`,
      `- 完成人：${owners}`,
      `- 登记日期：${achievement.date}`,
      `- 年经济效益：约${(achievement.annualSavingsFen / 1_000_000).toFixed(2)}万元`,
      ...(achievement.efficiencyGain ? [`- 效率提升：${achievement.efficiencyGain}`] : []),
      ...(achievement.rolledOutTo.length > 0 ? [`- 已推广：${achievement.rolledOutTo.join('、')}`] : []),
      '',
      '## 效益测算依据',
      '',
      achievement.savingsBasis,
      '',
      '## 推广要点（待补充）',
      '',
      '- 适用的设备型号和作业场景',
      '- 使用前的培训和注意事项',
      '',
    ].join('\n');
    const created = minDate(addDays(achievement.date, 1), addDays(ctx.today, -1));
    return {
      version: 1,
      updatedAt: ctx.at(created, '08:00'),
      title: `成果推广：${achievement.title}`,
      kind: rng.chance(0.5) ? ('technique' as const) : ('best_practice' as const),
      ...(categoryId ? { categoryId } : {}),
      tags: ['创新成果', '成果转化', ...(studio ? [studio.trade] : [])],
      body,
      links: [
        { kind: 'achievement' as const, id: achievement.id },
        ...(achievement.projectId ? [{ kind: 'project' as const, id: achievement.projectId }] : []),
        ...(studio ? [{ kind: 'studio' as const, id: studio.id }] : []),
        ...achievement.ownerIds.map((id) => ({ kind: 'person' as const, id })),
      ],
      authorIds: [],
      status: 'draft' as const,
      createdAt: ctx.at(created, '08:00'),
      origin: { kind: 'achievement' as const, id: achievement.id },
    };
  });
}
