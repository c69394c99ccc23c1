import { describe, expect, it } from 'vitest';
import {
  emptyWorkspace,
  type Achievement,
  type Competition,
  type Entry,
  type Honour,
  type Incentive,
  type Level,
  type Person,
  type Project,
  type Publication,
  type Studio,
  type WorkspaceRecords,
} from '../domain';
import { computeYearFigures } from './computeYearFigures';

// Small hand-built workspaces, so the dashboard is tested independently of the demo generator.

const meta = (id: string) => ({ id, version: 1, updatedAt: '2024-06-01T09:00:00+08:00' });

function person(id: string, departmentId = 'dept-1', honours: Honour[] = []): Person {
  return { ...meta(id), name: id, employeeNo: id, departmentId, trade: '信号工', honours };
}

function competition(id: string, level: Level, year = 2024, status: Competition['status'] = 'published'): Competition {
  return {
    ...meta(id),
    name: id,
    year,
    level,
    trade: '信号工',
    startDate: `${year}-05-10`,
    endDate: `${year}-05-10`,
    venue: '',
    organiser: '',
    status,
    teamBased: false,
    rubric: { parts: [], tieBreak: [], awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' } },
  };
}

function entry(id: string, competitionId: string, memberIds: string[], status: Entry['status'] = 'checked_in'): Entry {
  return { ...meta(id), competitionId, memberIds, departmentId: 'dept-1', coachIds: [], status };
}

function publication(id: string, competitionId: string, results: Publication['results'], publishedAt = '2024-05-20T16:00:00+08:00'): Publication {
  return { ...meta(id), competitionId, publishedAt, results, hash: '0'.repeat(64) };
}

function studio(id: string, kind: Studio['kind'], ratings: Studio['ratings'], extra: Partial<Studio> = {}): Studio {
  return { ...meta(id), name: id, kind, leadId: 'p-lead', memberIds: [], departmentId: 'dept-1', trade: '信号工', focus: '', foundedYear: 2018, ratings, ...extra };
}

function project(id: string, extra: Partial<Project> = {}): Project {
  return { ...meta(id), studioId: 's-1', title: id, summary: '', stage: 'in_progress', gates: [], memberIds: [], startDate: '2024-02-01', budgetFen: 0, spentFen: 0, milestones: [], notes: [], ...extra };
}

function achievement(id: string, kind: Achievement['kind'], year: number, annualSavingsFen = 0): Achievement {
  return { ...meta(id), title: id, kind, ownerIds: [], year, date: `${year}-06-01`, annualSavingsFen, savingsBasis: '', efficiencyGain: '', rolledOutTo: [] };
}

function incentive(id: string, year: number, amountFen: number): Incentive {
  return { ...meta(id), personId: 'p-1', kind: amountFen > 0 ? 'bonus' : 'title', year, amountFen, description: '', sourceKind: 'competition', sourceId: 'c-1' };
}

function workspace(records: Partial<WorkspaceRecords>): WorkspaceRecords {
  return { ...emptyWorkspace(), ...records };
}

describe('computeYearFigures', () => {
  it('counts only the year’s competitions, by level, with their ids', () => {
    const figures = computeYearFigures(
      workspace({
        competitions: [
          competition('c-national', 'national'),
          competition('c-g1', 'grassroots'),
          competition('c-g2', 'grassroots', 2024, 'draft'),
          competition('c-old', 'company', 2023),
        ],
      }),
      2024,
    );
    expect(figures.competitions).toEqual({ table: 'competitions', value: 3, ids: ['c-g1', 'c-g2', 'c-national'] });
    expect(figures.competitionsByLevel.national.ids).toEqual(['c-national']);
    expect(figures.competitionsByLevel.grassroots.value).toBe(2);
    expect(figures.competitionsByLevel.company.value).toBe(0);
  });

  it('counts every entry of the year’s competitions and each participant once, team members included', () => {
    const figures = computeYearFigures(
      workspace({
        competitions: [competition('c-1', 'company'), competition('c-2', 'grassroots'), competition('c-old', 'company', 2023)],
        entries: [
          entry('e-1', 'c-1', ['p-1']),
          entry('e-2', 'c-1', ['p-2'], 'absent'),
          entry('e-3', 'c-2', ['p-1']),
          entry('e-4', 'c-2', ['p-3', 'p-4', 'p-5']),
          entry('e-old', 'c-old', ['p-9']),
        ],
      }),
      2024,
    );
    expect(figures.entries).toEqual({ table: 'entries', value: 4, ids: ['e-1', 'e-2', 'e-3', 'e-4'] });
    expect(figures.participants).toEqual({ table: 'people', value: 5, ids: ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'] });
  });

  it('counts people with a municipal-or-higher 劳模 or 五一劳动奖章, not lower levels, other honours or later years', () => {
    const people = [
      person('p-municipal-model', 'dept-1', [{ kind: 'model_worker', level: 'municipal', year: 2019 }]),
      person('p-national-medal', 'dept-1', [{ kind: 'may_day_medal', level: 'national', year: 2021 }]),
      person('p-both', 'dept-1', [
        { kind: 'may_day_medal', level: 'municipal', year: 2015 },
        { kind: 'model_worker', level: 'provincial', year: 2020 },
      ]),
      person('p-company-model', 'dept-1', [{ kind: 'model_worker', level: 'company', year: 2022 }]),
      person('p-expert', 'dept-1', [{ kind: 'technical_expert', level: 'national', year: 2022 }]),
      person('p-next-year', 'dept-1', [{ kind: 'model_worker', level: 'municipal', year: 2025 }]),
      person('p-none'),
    ];
    const figures = computeYearFigures(workspace({ people }), 2024);
    expect(figures.honouredPeople).toEqual({ table: 'people', value: 3, ids: ['p-both', 'p-municipal-model', 'p-national-medal'] });
  });

  it('rates each studio by its highest rating held in the year', () => {
    const studios = [
      studio('s-upgraded', 'staff', [
        { level: 'company', year: 2020 },
        { level: 'municipal', year: 2023 },
      ]),
      // Listed out of order: the highest level wins, not the last entry.
      studio('s-provincial', 'model_worker', [
        { level: 'provincial', year: 2022 },
        { level: 'municipal', year: 2019 },
      ]),
      studio('s-rated-later', 'staff', [
        { level: 'company', year: 2021 },
        { level: 'municipal', year: 2025 },
      ]),
      studio('s-unrated', 'craftsman', []),
      studio('s-founded-later', 'staff', [{ level: 'municipal', year: 2025 }], { foundedYear: 2025 }),
    ];
    const figures = computeYearFigures(workspace({ studios }), 2024);
    expect(figures.studios.ids).toEqual(['s-provincial', 's-rated-later', 's-unrated', 's-upgraded']);
    expect(figures.studiosByKindAndRating.staff.municipal.ids).toEqual(['s-upgraded']);
    expect(figures.studiosByKindAndRating.staff.company.ids).toEqual(['s-rated-later']);
    expect(figures.studiosByKindAndRating.model_worker.provincial.ids).toEqual(['s-provincial']);
    expect(figures.studiosByKindAndRating.model_worker.municipal.value).toBe(0);
    expect(figures.studiosByKindAndRating.craftsman.unrated.ids).toEqual(['s-unrated']);

    // The same studio seen from 2022 was still company-level.
    expect(computeYearFigures(workspace({ studios }), 2022).studiosByKindAndRating.staff.company.ids).toEqual([
      's-rated-later',
      's-upgraded',
    ]);
  });

  it('counts the year’s achievements by kind, its utility-model patents and its savings in fen', () => {
    const figures = computeYearFigures(
      workspace({
        achievements: [
          achievement('a-patent', 'utility_model', 2024, 1_200_000_000),
          achievement('a-patent-2', 'utility_model', 2024),
          achievement('a-paper', 'paper', 2024),
          achievement('a-idea', 'rationalisation', 2024, 5_000_000),
          achievement('a-last-year', 'utility_model', 2023, 9_900_000_000),
        ],
      }),
      2024,
    );
    expect(figures.achievements.value).toBe(4);
    expect(figures.achievementsByKind.utility_model.ids).toEqual(['a-patent', 'a-patent-2']);
    expect(figures.achievementsByKind.paper.value).toBe(1);
    expect(figures.achievementsByKind.invention_patent.value).toBe(0);
    expect(figures.utilityModelPatents).toEqual({ table: 'achievements', value: 2, ids: ['a-patent', 'a-patent-2'] });
    expect(figures.savingsFen).toEqual({ table: 'achievements', value: 1_205_000_000, ids: ['a-idea', 'a-patent'] });
  });

  it('finds award winners of the year’s published competitions in and outside studios', () => {
    const figures = computeYearFigures(
      workspace({
        competitions: [competition('c-1', 'company'), competition('c-review', 'company', 2024, 'review'), competition('c-old', 'company', 2023)],
        entries: [
          entry('e-lead', 'c-1', ['p-lead']),
          entry('e-member', 'c-1', ['p-member']),
          entry('e-outsider', 'c-1', ['p-outsider']),
          entry('e-team', 'c-1', ['p-team-1', 'p-team-2']),
          entry('e-no-award', 'c-1', ['p-no-award']),
          entry('e-review', 'c-review', ['p-review']),
          entry('e-old', 'c-old', ['p-old']),
        ],
        publications: [
          publication('pub-1', 'c-1', [
            { entryId: 'e-lead', total: 95, rank: 1, award: 'first' },
            { entryId: 'e-member', total: 90, rank: 2, award: 'second' },
            { entryId: 'e-outsider', total: 88, rank: 3, award: 'third' },
            { entryId: 'e-team', total: 88, rank: 3, award: 'third' },
            { entryId: 'e-no-award', total: 60, rank: 5 },
          ]),
          // Not yet settled: results under review do not make winners.
          publication('pub-review', 'c-review', [{ entryId: 'e-review', total: 99, rank: 1, award: 'first' }]),
          publication('pub-old', 'c-old', [{ entryId: 'e-old', total: 99, rank: 1, award: 'first' }], '2023-06-01T16:00:00+08:00'),
        ],
        studios: [studio('s-1', 'staff', [], { leadId: 'p-lead', memberIds: ['p-member', 'p-team-2'] })],
      }),
      2024,
    );
    expect(figures.synergy.winnersInStudio).toEqual({ table: 'people', value: 3, ids: ['p-lead', 'p-member', 'p-team-2'] });
    expect(figures.synergy.winnersNotInStudio).toEqual({ table: 'people', value: 2, ids: ['p-outsider', 'p-team-1'] });
  });

  it('uses the latest publication of a competition when it was republished', () => {
    const figures = computeYearFigures(
      workspace({
        competitions: [competition('c-1', 'company')],
        entries: [entry('e-1', 'c-1', ['p-1']), entry('e-2', 'c-1', ['p-2'])],
        publications: [
          publication('pub-late', 'c-1', [{ entryId: 'e-2', total: 91, rank: 1, award: 'first' }], '2024-05-25T10:00:00+08:00'),
          publication('pub-early', 'c-1', [{ entryId: 'e-1', total: 90, rank: 1, award: 'first' }], '2024-05-20T16:00:00+08:00'),
        ],
      }),
      2024,
    );
    expect(figures.synergy.winnersNotInStudio.ids).toEqual(['p-2']);
  });

  it('counts active projects from competitions and projects with members from three or more departments', () => {
    const people = [person('p-a', 'dept-a'), person('p-b', 'dept-b'), person('p-c', 'dept-c'), person('p-a2', 'dept-a')];
    const figures = computeYearFigures(
      workspace({
        people,
        projects: [
          project('pr-origin', { originCompetitionId: 'c-1' }),
          project('pr-three', { memberIds: ['p-a', 'p-b', 'p-c'] }),
          project('pr-two', { memberIds: ['p-a', 'p-a2', 'p-b'] }),
          project('pr-done-2023', {
            originCompetitionId: 'c-0',
            memberIds: ['p-a', 'p-b', 'p-c'],
            stage: 'completed',
            startDate: '2022-03-01',
            gates: [{ from: 'trial', to: 'completed', decision: 'go', at: '2023-09-01', note: '' }],
          }),
          project('pr-done-2024', {
            stage: 'completed',
            startDate: '2022-03-01',
            memberIds: ['p-a', 'p-b', 'p-c'],
            gates: [{ from: 'trial', to: 'completed', decision: 'go', at: '2024-03-01', note: '' }],
          }),
          project('pr-next-year', { startDate: '2025-01-10', originCompetitionId: 'c-1' }),
        ],
      }),
      2024,
    );
    expect(figures.synergy.projectsFromCompetitions).toEqual({ table: 'projects', value: 1, ids: ['pr-origin'] });
    expect(figures.synergy.crossDepartmentProjects).toEqual({ table: 'projects', value: 2, ids: ['pr-done-2024', 'pr-three'] });
  });

  it('sums the year’s incentives in fen', () => {
    const figures = computeYearFigures(
      workspace({ incentives: [incentive('i-1', 2024, 300_000), incentive('i-2', 2024, 0), incentive('i-3', 2024, 60_000), incentive('i-old', 2023, 500_000)] }),
      2024,
    );
    expect(figures.synergy.incentives.ids).toEqual(['i-1', 'i-2', 'i-3']);
    expect(figures.synergy.incentivesFen).toEqual({ table: 'incentives', value: 360_000, ids: ['i-1', 'i-3'] });
  });

  it('gives zeros, not gaps, for an empty workspace', () => {
    const figures = computeYearFigures(emptyWorkspace(), 2024);
    expect(figures.competitions.value).toBe(0);
    expect(figures.competitionsByLevel.provincial).toEqual({ table: 'competitions', value: 0, ids: [] });
    expect(figures.studiosByKindAndRating.skill_master.national.value).toBe(0);
    expect(figures.savingsFen.value).toBe(0);
  });
});
