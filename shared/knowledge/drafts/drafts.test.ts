import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../demo/generateDemoWorkspace';
import { articleSchema } from '../../domain';
import { planQuery, searchTextOf, verificationText, verifyHit } from '../search';
import { buildAchievementDraft } from './buildAchievementDraft';
import { buildCompetitionResultsDraft } from './buildCompetitionResultsDraft';

const demo = generateDemoWorkspace();
const now = '2024-12-20T08:00:00.000Z';

describe('automatic drafts', () => {
  it('summarise a competition, its winners and the judges’ notes, linked to them', () => {
    const publication = demo.publications.find((p) => p.results.some((r) => r.award))!;
    const competition = demo.competitions.find((c) => c.id === publication.competitionId)!;
    const entries = demo.entries.filter((e) => e.competitionId === competition.id);
    const winner = entries.find((e) => e.id === publication.results.find((r) => r.award === 'first')!.entryId)!;
    const draft = buildCompetitionResultsDraft({
      competition,
      publication,
      entries,
      people: demo.people,
      departments: demo.departments,
      judgeNotes: [{ entryId: winner.id, judgeName: '裁判长', text: '接线工艺规范，线束绑扎整齐。' }],
      now,
    });
    expect(articleSchema.parse(draft)).toEqual(draft);
    expect(draft).toMatchObject({ status: 'draft', origin: { kind: 'competition', id: competition.id }, title: `${competition.name}经验总结` });
    const winnerName = demo.people.find((p) => p.id === winner.memberIds[0])!.name;
    expect(draft.body).toContain('## 获奖名单');
    expect(draft.body).toContain(winnerName);
    expect(draft.body).toContain('## 裁判点评');
    expect(draft.body).toContain('线束绑扎整齐');
    expect(draft.links).toContainEqual({ kind: 'competition', id: competition.id });
    expect(draft.links).toContainEqual({ kind: 'person', id: winner.memberIds[0] });
    expect(verifyHit(planQuery('绑扎'), verificationText(searchTextOf(draft)))).toBe(true);
  });

  it('describe a registered achievement with its owners, benefit and roll-out', () => {
    const achievement = demo.achievements.find((a) => a.annualSavingsFen > 0 && a.studioId)!;
    const studio = demo.studios.find((s) => s.id === achievement.studioId);
    const draft = buildAchievementDraft({ achievement, people: demo.people, studio, now });
    expect(articleSchema.parse(draft)).toEqual(draft);
    expect(draft.title).toBe(`成果推广：${achievement.title}`);
    expect(draft.body).toContain(studio!.name);
    expect(draft.body).toContain('年经济效益');
    expect(draft.links[0]).toEqual({ kind: 'achievement', id: achievement.id });
    expect(draft.origin).toEqual({ kind: 'achievement', id: achievement.id });
  });
});
