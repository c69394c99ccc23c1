import { describe, expect, it } from 'vitest';
import { checkJudgeConflicts } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import { departments, entries, people } from '../../../../shared/competitions/testing/orgFixture';
import type { Entry } from '../../../../shared/domain';
import { coachingFromActivities, conflictSources } from './conflictSources';

const studios = [{ id: 's-1', name: '钱振华劳模创新工作室', leadId: 'p-coach', memberIds: ['p-li'] }];

describe('coachingFromActivities', () => {
  it('takes the studio lead as the coach of the other attendees of coaching for this competition and of mentoring', () => {
    const coaching = coachingFromActivities(
      [
        { studioId: 's-1', kind: 'competition_coaching', competitionId: 'c-1', attendeeIds: ['p-coach', 'p-wang'] },
        { studioId: 's-1', kind: 'mentoring', attendeeIds: ['p-coach', 'p-zhao'] },
      ],
      studios,
      'c-1',
    );
    expect(coaching).toEqual([
      { coachId: 'p-coach', traineeId: 'p-wang' },
      { coachId: 'p-coach', traineeId: 'p-zhao' },
    ]);
  });

  it('ignores coaching for another competition, other kinds of activity, and activities the lead did not attend', () => {
    const coaching = coachingFromActivities(
      [
        { studioId: 's-1', kind: 'competition_coaching', competitionId: 'c-other', attendeeIds: ['p-coach', 'p-wang'] },
        { studioId: 's-1', kind: 'training', attendeeIds: ['p-coach', 'p-wang'] },
        { studioId: 's-1', kind: 'mentoring', attendeeIds: ['p-li', 'p-zhao'] },
        { studioId: 's-unknown', kind: 'mentoring', attendeeIds: ['p-coach', 'p-zhao'] },
      ],
      studios,
      'c-1',
    );
    expect(coaching).toEqual([]);
  });
});

describe('conflictSources', () => {
  const pastTeam: Entry = { ...entries[0]!, id: 'e-past', competitionId: 'c-2023', memberIds: ['p-judge', 'p-wang'], teamName: undefined };

  it('makes teams of past team entries (named after their competition) and of project teams', () => {
    const sources = conflictSources({
      competitionId: 'c-1',
      entries: [...entries, pastTeam],
      people,
      departments,
      studios,
      activities: [],
      pastTeamEntries: [...entries, pastTeam],
      competitionNames: new Map([['c-2023', '2023年信号技能竞赛']]),
      projects: [
        { id: 'pr-1', title: '道岔缺口监测装置', memberIds: ['p-judge', 'p-zhao'] },
        { id: 'pr-2', title: '一人项目', memberIds: ['p-judge'] },
      ],
    });
    expect(sources.entries.map((e) => e.id)).toEqual(['e-zhang', 'e-wang', 'e-zhao']);
    expect(sources.teams).toEqual([
      { id: 'e-past', name: '2023年信号技能竞赛', memberIds: ['p-judge', 'p-wang'] },
      { id: 'pr-1', name: '道岔缺口监测装置', memberIds: ['p-judge', 'p-zhao'] },
    ]);

    const judge = { id: 'p-judge', departmentId: 'd-outside' };
    const report = checkJudgeConflicts({ ...sources, judge, assignment: { id: 'a-1', stations: [] } });
    expect(report.soft.map((c) => [c.code, c.entryId])).toEqual([
      ['same_team', 'e-wang'],
      ['same_team', 'e-zhao'],
    ]);
  });

  it('turns a studio lead’s mentoring of an entrant into a hard conflict', () => {
    const sources = conflictSources({
      competitionId: 'c-1',
      entries,
      people,
      departments,
      studios,
      activities: [{ studioId: 's-1', kind: 'mentoring', attendeeIds: ['p-coach', 'p-wang'] }],
    });
    const report = checkJudgeConflicts({ ...sources, judge: { id: 'p-coach', departmentId: 'd-outside' }, assignment: { id: 'a-1', stations: [] } });
    expect(report.hard).toContainEqual({ code: 'coached_entrant', severity: 'hard', entryId: 'e-wang', personId: 'p-wang' });
  });
});
