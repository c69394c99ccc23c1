import { describe, expect, it } from 'vitest';
import { buildCohorts, firstAwardYears } from './buildCohorts';
import { achievements, competitions, entries, invitations, people, projects, publications, studios } from './talentPipeline.fixture';

const cohorts = () => buildCohorts({ competitions, publications, entries, people, studios, invitations, projects, achievements, untilYear: 2024 });

/** metric → "year:people" cells and the `ever` people, for one cohort. */
function table(year: number) {
  const cohort = cohorts().find((c) => c.year === year);
  if (!cohort) throw new Error(`no cohort ${year}`);
  return Object.fromEntries(cohort.rows.map((row) => [row.metric, [...row.byYear.map((c) => `${c.year}:${c.personIds.join(',')}`), `ever:${row.ever.join(',')}`]]));
}

describe('cohorts of award winners', () => {
  it('puts each winner in the year of their first award; high scorers without an award are in none', () => {
    expect(Object.fromEntries(firstAwardYears({ competitions, publications, entries }))).toEqual({ p1: 2022, p2: 2022, p3: 2022, p21: 2023, p31: 2024, p32: 2024 });
    expect(cohorts().map((c) => [c.year, c.personIds])).toEqual([
      [2022, ['p1', 'p2', 'p3']],
      [2023, ['p21']],
      [2024, ['p31', 'p32']],
    ]);
  });

  it('follows the 2022 cohort over 2022–2024', () => {
    expect(table(2022)).toEqual({
      joined_studio: ['2022:', '2023:p2', '2024:', 'ever:p2'],
      project: ['2022:', '2023:p1,p2', '2024:p1', 'ever:p1,p2'], // 王一's 2021 project came before his cohort
      achievement: ['2022:', '2023:', '2024:p1,p2', 'ever:p1,p2'],
      honour: ['2022:', '2023:p1', '2024:', 'ever:p1'],
      grade_raised: ['2022:', '2023:p1', '2024:', 'ever:p1'], // 刘三's history goes down, which is no raise
    });
  });

  it('counts a studio member with no accepted invitation as in a studio, with no join year', () => {
    expect(table(2023)).toEqual({
      joined_studio: ['2023:', '2024:', 'ever:p21'],
      project: ['2023:', '2024:', 'ever:'],
      achievement: ['2023:p21', '2024:', 'ever:p21'],
      honour: ['2023:', '2024:', 'ever:'],
      grade_raised: ['2023:', '2024:', 'ever:'],
    });
    expect(table(2024)).toMatchObject({ project: ['2024:p32', 'ever:p32'], honour: ['2024:p31', 'ever:p31'] });
  });
});

describe('the years followed', () => {
  it('stop at the newest year with a cohort or an event, even when today is later', () => {
    const later = buildCohorts({ competitions, publications, entries, people, studios, invitations, projects, achievements, untilYear: 2030 });
    expect(later.map((c) => c.rows[0]?.byYear.map((y) => y.year))).toEqual([[2022, 2023, 2024], [2023, 2024], [2024]]);
    const earlier = buildCohorts({ competitions, publications, entries, people, studios, invitations, projects, achievements, untilYear: 2023 });
    expect(earlier.map((c) => c.rows[0]?.byYear.map((y) => y.year))).toEqual([[2022, 2023], [2023], []]);
  });
});
