import { describe, expect, it } from 'vitest';
import { buildProjectFromCompetition, checkProjectFromCompetition } from './buildProjectFromCompetition';

const competition = { id: 'c-1', name: '2024 年信号工技能竞赛' };

describe('a project from a competition', () => {
  it('starts as the studio’s proposal, keeps its origin and says where the idea came from', () => {
    const project = buildProjectFromCompetition({
      id: 'pr-1',
      competition,
      studio: { id: 's-1' },
      title: '  道岔快速排障法推广 ',
      method: '选手王伟的道岔排障顺序',
      memberIds: ['p-1', 'p-2', 'p-1'],
      today: '2024-06-03',
    });
    expect(project).toMatchObject({ studioId: 's-1', title: '道岔快速排障法推广', stage: 'proposal', startDate: '2024-06-03', originCompetitionId: 'c-1', memberIds: ['p-1', 'p-2'] });
    expect(project.notes[0]!.text).toBe('2024 年信号工技能竞赛: 选手王伟的道岔排障顺序');
  });

  it('needs a title and a studio', () => {
    expect(checkProjectFromCompetition({ title: ' ', studio: undefined }).map((p) => p.code)).toEqual(['title_required', 'studio_required']);
    expect(checkProjectFromCompetition({ title: '推广', studio: { id: 's-1' } })).toEqual([]);
  });
});
