/**
 * The draft article written when a competition's results are published: the competition at a glance, what was
 * assessed, the winners, and the notes judges left on outstanding work, linked to the competition and the
 * winners. Plain domain records in, an Article out; the knowledge repository saves it once
 * (saveAutomaticDraft), so calling this again after a re-publication does not duplicate it.
 */
import type { Article, Competition, Department, Entry, Person, Publication } from '../../domain';
import { AWARD_NAMES, cell, LEVEL_NAMES } from './draftText';

/** A judge's note on a piece of work worth learning from (优秀作品点评). */
export interface JudgeNote {
  readonly entryId?: string | undefined;
  readonly judgeName?: string | undefined;
  readonly text: string;
}

export interface CompetitionResultsDraftInput {
  readonly competition: Competition;
  readonly publication: Publication;
  readonly entries: readonly Entry[];
  readonly people: readonly Person[];
  readonly departments?: readonly Department[];
  readonly judgeNotes?: readonly JudgeNote[];
  /** Category the draft is filed under, if the workspace has one for competition experience. */
  readonly categoryId?: string | undefined;
  /** When the draft is created (ISO timestamp). */
  readonly now: string;
}

/** The id of the draft built for a competition: one per competition. */
export function competitionDraftId(competitionId: string): string {
  return `auto-competition-${competitionId}`;
}

export function buildCompetitionResultsDraft(input: CompetitionResultsDraftInput): Article {
  const { competition, publication, now } = input;
  const entryById = new Map(input.entries.map((e) => [e.id, e]));
  const personById = new Map(input.people.map((p) => [p.id, p]));
  const departmentById = new Map((input.departments ?? []).map((d) => [d.id, d]));
  const awarded = publication.results.filter((r) => r.award).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const ranked = publication.results.filter((r) => r.rank !== undefined);
  const names = (entry: Entry | undefined): string => (entry?.memberIds ?? []).map((id) => personById.get(id)?.name ?? id).join('、');
  const who = (entry: Entry | undefined): string => {
    const department = departmentById.get(entry?.departmentId ?? '')?.name;
    if (entry?.teamName) return `${entry.teamName}（${names(entry)}）`;
    return department ? `${names(entry)}（${department}）` : names(entry);
  };
  const winnerIds = [...new Set(awarded.flatMap((r) => entryById.get(r.entryId)?.memberIds ?? []))];
  const notes = (input.judgeNotes ?? []).filter((n) => n.text.trim().length > 0);
  const publishedOn = publication.publishedAt.slice(0, 10);

  const body = [
    `本条目根据${publishedOn}公示的成绩自动生成，请教练和获奖选手补充经验做法后发布。`,
    '',
    '## 比赛概况',
    '',
    `- 级别：${LEVEL_NAMES[competition.level]}`,
    ...(competition.trade ? [`- 工种：${competition.trade}`] : []),
    `- 时间：${competition.startDate} 至 ${competition.endDate}`,
    ...(competition.venue ? [`- 地点：${competition.venue}`] : []),
    `- 参赛${competition.teamBased ? '队伍' : '选手'}：${publication.results.length}，排名 ${ranked.length}，获奖 ${awarded.length}`,
    '',
    '## 考核内容',
    '',
    ...competition.rubric.parts.map((p) => `- ${p.name}（${p.weightPercent}%）：${p.modules.map((m) => m.name).join('、')}`),
    '',
    '## 获奖名单',
    '',
    ...(awarded.length === 0
      ? ['（本次比赛未设奖项）']
      : [
          '| 名次 | 选手 | 成绩 | 奖项 |',
          '| --- | --- | --- | --- |',
          ...awarded.map((r) => `| ${r.rank ?? ''} | ${cell(who(entryById.get(r.entryId)))} | ${r.total.toFixed(2)} | ${AWARD_NAMES[r.award!]} |`),
        ]),
    '',
    ...(notes.length > 0
      ? [
          '## 裁判点评',
          '',
          ...notes.map((n) => {
            const about = n.entryId ? names(entryById.get(n.entryId)) : '';
            const by = n.judgeName ? `（${n.judgeName}）` : '';
            return `- ${about ? `${about}：` : ''}${n.text.trim().replace(/\s*\n\s*/g, ' ')}${by}`;
          }),
          '',
        ]
      : []),
    '## 待补充',
    '',
    '- 获奖选手的作业方法与技巧',
    '- 赛前集训安排与经验',
    '- 比赛中暴露的共性问题',
    '',
  ].join('\n');

  return {
    id: competitionDraftId(competition.id),
    version: 1,
    updatedAt: now,
    title: `${competition.name}经验总结`,
    kind: 'best_practice',
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    tags: [...new Set([competition.trade, '技能竞赛', LEVEL_NAMES[competition.level]].filter((t) => t.length > 0))],
    body,
    links: [{ kind: 'competition', id: competition.id }, ...winnerIds.map((id) => ({ kind: 'person' as const, id }))],
    authorIds: [],
    status: 'draft',
    createdAt: now,
    origin: { kind: 'competition', id: competition.id },
  };
}
