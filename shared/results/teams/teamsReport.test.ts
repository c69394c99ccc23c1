import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Competition, Entry, Mark } from '../../domain';
import { pointsItem, pts, singleModuleRubric } from '../../scoring/testing/rubricFixture';
import { buildResultsReport } from '../buildResultsReport';
import { buildResultsWorkbook } from '../xlsx/buildResultsWorkbook';
import { buildPublication, differsFromSnapshot } from '../publication/buildPublication';
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex } from '../../util/sha256';

const rubric = singleModuleRubric([pointsItem('i1', 100)], {}, { awardRule: { mode: 'count', counts: [1, 0, 0] } });
const competition = {
  id: 'c1',
  name: '团体赛',
  year: 2024,
  level: 'company',
  trade: '焊工',
  startDate: '2024-05-01',
  endDate: '2024-05-01',
  venue: '',
  organiser: '',
  status: 'review',
  teamBased: true,
  teamScoring: 'sum',
  teamAwards: true,
  rubric,
} as Competition;
const entry = (id: string, order: number, person: string, teamName: string, status: Entry['status'] = 'checked_in') =>
  ({ id, version: 1, updatedAt: '2024-05-01T00:00:00.000Z', competitionId: 'c1', memberIds: [person], teamName, departmentId: 'd1', coachIds: [], status, drawOrder: order }) as Entry;
const entries = [entry('e1', 1, 'p1', 'A队'), entry('e2', 2, 'p2', 'A队'), entry('e3', 3, 'p3', 'B队'), entry('e4', 4, 'p4', 'B队', 'absent')];
const mark = (order: number, points: number) =>
  ({ id: `j|M|i1|order:${order}`, competitionId: 'c1', assignmentId: 'j', moduleId: 'M', itemId: 'i1', subjectRef: `order:${order}`, value: pts(points) }) as unknown as Mark;
const people = new Map([['p1', { name: '张三' }], ['p2', { name: '李四' }], ['p3', { name: '王五' }], ['p4', { name: '赵六' }]]);

function report() {
  return buildResultsReport({
    competition,
    entries,
    judges: [{ id: 'j', competitionId: 'c1', personId: 'pj', role: 'judge', moduleIds: ['M'], stations: [] } as never],
    marks: [mark(1, 80), mark(2, 70.5), mark(3, 95)],
    appeals: [],
    people,
    departments: new Map(),
    namesRevealed: true,
    judgeLabel: () => '1号裁判',
    generatedAt: '2024-05-02T00:00:00.000Z',
  });
}

describe('the team ranking in the results report and workbook', () => {
  it('ranks teams by the sum of their members’ computed totals; members keep their own names', () => {
    const r = report();
    expect(r.entrants.get('e1')?.name).toBe('张三');
    expect(r.teams?.rows.map((t) => [t.teamName, t.rank, t.total, t.award])).toEqual([
      ['A队', 1, 15050, 'first'],
      ['B队', 2, 9500, undefined],
    ]);
  });

  it('writes a Teams sheet with each member’s own total', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = buildResultsWorkbook(report(), 'en');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ranking', 'Modules', 'Marks by judge', 'Audit summary', 'Teams']);
    const sheet = workbook.getWorksheet('Teams')!;
    expect(sheet.getRow(5).values).toEqual([undefined, 'Rank', 'Team', 'Members (individual total)', 'Team total', 'Award']);
    expect(sheet.getRow(6).values).toEqual([undefined, 1, 'A队', '张三 80.00; 李四 70.50', 150.5, 'First prize']);
    expect(sheet.getRow(7).values).toEqual([undefined, 2, 'B队', '王五 95.00; 赵六 Absent counts 0', 95]);
  });

  it('freezes the team ranking in the publication snapshot under the same hash (snapshot format 2)', () => {
    const r = report();
    const snapshot = buildPublication(r, { id: 'pub-1', publishedAt: '2024-05-03T00:00:00.000Z' });
    expect(snapshot.teams).toEqual({
      scoring: 'sum',
      awards: true,
      rows: [
        { teamName: 'A队', rank: 1, total: '150.50', award: 'first', memberEntryIds: ['e1', 'e2'] },
        { teamName: 'B队', rank: 2, total: '95.00', memberEntryIds: ['e3', 'e4'] },
      ],
    });
    expect(snapshot.hash).toBe(sha256Hex(canonicalJson({ results: snapshot.results, teams: snapshot.teams })));
    expect(differsFromSnapshot(r, { ...snapshot, version: 1, updatedAt: snapshot.publishedAt })).toBe(false);
    // Without teams the hash stays what it always was: the canonical JSON of the results alone.
    const individual = buildPublication({ ...r, teams: undefined }, { id: 'pub-2', publishedAt: '2024-05-03T00:00:00.000Z' });
    expect(individual.teams).toBeUndefined();
    expect(individual.hash).toBe(sha256Hex(canonicalJson(individual.results)));
  });

  it('gives no team ranking when each team is one entrant', () => {
    const r = buildResultsReport({ ...reportInput(), competition: { ...competition, teamScoring: 'unit' } });
    expect(r.teams).toBeUndefined();
  });
});

function reportInput() {
  return {
    competition,
    entries,
    judges: [],
    marks: [],
    appeals: [],
    people,
    departments: new Map(),
    namesRevealed: true,
    judgeLabel: () => '',
    generatedAt: '2024-05-02T00:00:00.000Z',
  };
}
