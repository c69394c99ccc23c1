import { describe, expect, it } from 'vitest';
import { parseRosterFile } from '../../../../shared/competitions/roster/parseRosterFile';
import type { RosterContext, RosterPreview, RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import { xlsxFromRows } from '../../../../shared/competitions/testing/fixtureFiles';
import { departments, entries, people } from '../../../../shared/competitions/testing/orgFixture';
import { buildRosterImport } from './buildRosterImport';

function ok(preview: RosterPreview): RosterPreviewOk {
  if (!preview.ok) throw new Error(`expected a preview, got ${JSON.stringify(preview.error)}`);
  return preview;
}

function ids() {
  let n = 0;
  return () => `id-${++n}`;
}

const individual: RosterContext = { departments, people, entries, defaultTrade: '电客车司机' };

describe('buildRosterImport', () => {
  it('creates the new people, reuses existing ones by employee number, and makes one entry per good row', async () => {
    const bytes = await xlsxFromRows([
      ['姓名', '工号', '部门', '工种', '技能等级', '性别', '教练'],
      ['李晓梅', 'YY10232', '', '', '', '', 'YY10001'],
      ['周明', 'YY10577', 'YY1CW', '', '高级工', '男', ''],
      ['张卫东', 'YY10231', 'YY1', '', '', '', ''],
      ['无部门', 'YY10999', '', '', '', '', ''],
    ]);
    const preview = ok(await parseRosterFile(bytes, 'roster.xlsx', individual));
    const plan = buildRosterImport(preview, { id: 'c-1', teamBased: false }, ids());

    expect(plan.newDepartments).toEqual([]);
    expect(plan.newPeople).toEqual([
      { id: 'id-1', name: '周明', employeeNo: 'YY10577', departmentId: 'd-yy1-cw', trade: '电客车司机', skillGrade: 'senior', gender: 'male', honours: [] },
    ]);
    expect(plan.newEntries).toEqual([
      { id: 'id-2', competitionId: 'c-1', memberIds: ['p-li'], departmentId: 'd-yy1-cw', coachIds: ['p-coach'], status: 'registered' },
      { id: 'id-3', competitionId: 'c-1', memberIds: ['id-1'], departmentId: 'd-yy1-cw', coachIds: [], status: 'registered' },
    ]);
    // 张卫东 is already entered and 无部门 is new without a department: both skipped.
    expect(plan.importedRows).toEqual([2, 3]);
  });

  it('writes nothing when every row has an error', async () => {
    const bytes = await xlsxFromRows([
      ['姓名', '工号', '部门'],
      ['张卫东', 'YY10231', ''],
      ['', 'YY10888', 'YY1'],
    ]);
    const plan = buildRosterImport(ok(await parseRosterFile(bytes, 'r.xlsx', individual)), { id: 'c-1', teamBased: false }, ids());
    expect(plan).toMatchObject({ newPeople: [], newEntries: [], importedRows: [] });
  });

  it('groups a team competition into one entry per team, in file order, without the bad rows', async () => {
    const bytes = await xlsxFromRows([
      ['队伍', '姓名', '工号', '部门', '教练'],
      ['乘务一队', '李晓梅', 'YY10232', '', '钱振华'],
      ['通号队', '赵红霞', 'TH30088', '', ''],
      ['乘务一队', '陈志强', 'YY10901', '运营一分公司/乘务中心', '李晓梅'],
      ['乘务一队', '错名字', 'YY20417', '', ''],
      ['', '林芳', 'YY10902', 'YY1CW', ''],
    ]);
    const context: RosterContext = { departments, people, entries: [], teamBased: true, defaultTrade: '电客车司机' };
    const preview = ok(await parseRosterFile(bytes, 'teams.xlsx', context));
    const plan = buildRosterImport(preview, { id: 'c-2', teamBased: true }, ids());

    expect(plan.newPeople.map((p) => p.name)).toEqual(['陈志强']);
    expect(plan.newEntries).toEqual([
      {
        id: 'id-2',
        competitionId: 'c-2',
        memberIds: ['p-li', 'id-1'],
        teamName: '乘务一队',
        departmentId: 'd-yy1-cw',
        // 李晓梅 coaches her teammate: she is a member, not a coach of the entry.
        coachIds: ['p-coach'],
        status: 'registered',
      },
      { id: 'id-3', competitionId: 'c-2', memberIds: ['p-zhao'], teamName: '通号队', departmentId: 'd-th-xh', coachIds: [], status: 'registered' },
    ]);
    // Row 5 has another person's employee number; row 6 has no team.
    expect(plan.importedRows).toEqual([2, 3, 4]);
  });

  it('keeps members of a team scored from their totals (sum / mean) as individual entries sharing the team name', async () => {
    const bytes = await xlsxFromRows([
      ['队伍', '姓名', '工号', '部门', '教练'],
      ['乘务一队', '李晓梅', 'YY10232', '', ''],
      ['乘务一队', '陈志强', 'YY10901', '运营一分公司/乘务中心', ''],
    ]);
    // A team of that name already entered is no error: each member is an entry of their own.
    const existing = [{ id: 'e-0', memberIds: ['p-zhao'], status: 'registered' as const, teamName: '乘务一队' }];
    const context: RosterContext = { departments, people, entries: existing, teamBased: true, membersEnterAlone: true, defaultTrade: '电客车司机' };
    const preview = ok(await parseRosterFile(bytes, 'teams.xlsx', context));
    expect(preview.counts.error).toBe(0);
    const plan = buildRosterImport(preview, { id: 'c-3', teamBased: true, teamScoring: 'sum' }, ids());
    expect(plan.newEntries.map((e) => [e.memberIds.length, e.teamName])).toEqual([
      [1, '乘务一队'],
      [1, '乘务一队'],
    ]);
  });
});
