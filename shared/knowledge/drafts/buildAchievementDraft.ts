/**
 * The draft article written when an achievement (成果) is registered: what it is, who made it, its benefit
 * and where it has been rolled out, linked to the achievement, its project, studio and owners. Saved once per
 * achievement by the knowledge repository (saveAutomaticDraft).
 */
import type { Achievement, Article, Person, Studio } from '../../domain';

export interface AchievementDraftInput {
  readonly achievement: Achievement;
  readonly people: readonly Person[];
  readonly studio?: Studio | undefined;
  readonly categoryId?: string | undefined;
  /** When the draft is created (ISO timestamp). */
  readonly now: string;
}

export function achievementDraftId(achievementId: string): string {
  return `auto-achievement-${achievementId}`;
}

export function buildAchievementDraft({ achievement, people, studio, categoryId, now }: AchievementDraftInput): Article {
  const personById = new Map(people.map((p) => [p.id, p]));
  const owners = achievement.ownerIds.map((id) => personById.get(id)?.name ?? id).join('、');
  const body = [
    `本条目根据登记的成果“${achievement.title}”自动生成，请成果完成人补充技术要点后发布。`,
    '',
    '## 成果简介',
    '',
    ...(studio ? [`- 完成单位：${studio.name}`] : []),
    ...(owners ? [`- 完成人：${owners}`] : []),
    `- 登记日期：${achievement.date}`,
    ...(achievement.patent ? [`- 专利：${achievement.patent.number ?? ''}`.trimEnd()] : []),
    ...(achievement.annualSavingsFen > 0 ? [`- 年经济效益：约${(achievement.annualSavingsFen / 1_000_000).toFixed(2)}万元`] : []),
    ...(achievement.efficiencyGain ? [`- 效率提升：${achievement.efficiencyGain}`] : []),
    ...(achievement.rolledOutTo.length > 0 ? [`- 已推广：${achievement.rolledOutTo.join('、')}`] : []),
    '',
    ...(achievement.savingsBasis ? ['## 效益测算依据', '', achievement.savingsBasis, ''] : []),
    '## 推广要点（待补充）',
    '',
    '- 适用的设备型号和作业场景',
    '- 使用前的培训和注意事项',
    '',
  ].join('\n');
  return {
    id: achievementDraftId(achievement.id),
    version: 1,
    updatedAt: now,
    title: `成果推广：${achievement.title}`,
    kind: 'best_practice',
    ...(categoryId ? { categoryId } : {}),
    tags: ['创新成果', '成果转化', ...(studio?.trade ? [studio.trade] : [])],
    body,
    links: [
      { kind: 'achievement', id: achievement.id },
      ...(achievement.projectId ? [{ kind: 'project' as const, id: achievement.projectId }] : []),
      ...(studio ? [{ kind: 'studio' as const, id: studio.id }] : []),
      ...achievement.ownerIds.map((id) => ({ kind: 'person' as const, id })),
    ],
    authorIds: [],
    status: 'draft',
    createdAt: now,
    origin: { kind: 'achievement', id: achievement.id },
  };
}
