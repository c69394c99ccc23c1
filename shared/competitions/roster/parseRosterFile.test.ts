import { describe, expect, it } from 'vitest';
import { utf8Encode } from '../webApis';
import { docxBytes, encodeGb18030, pngBytes, xlsxFromRows } from '../testing/fixtureFiles';
import { departments, entries, people } from '../testing/orgFixture';
import { parseRosterFile } from './parseRosterFile';
import type { RosterContext, RosterPreview, RosterPreviewOk } from './types';

const context: RosterContext = { departments, people, entries, defaultTrade: '电客车司机' };

function ok(preview: RosterPreview): RosterPreviewOk {
  if (!preview.ok) throw new Error(`expected a preview, got ${JSON.stringify(preview.error)}`);
  return preview;
}

const issueCodes = (preview: RosterPreviewOk) => preview.rows.map((r) => r.issues.map((i) => i.code));

describe('parseRosterFile', () => {
  describe('a good xlsx', () => {
    it('lists each row with the person to create or the existing person matched by employee number', async () => {
      const bytes = await xlsxFromRows(
        [
          ['2024年电客车司机技能竞赛报名表'],
          ['序号', '姓名', '工号', '部门', '工种', '技能等级', '性别', '教练'],
          [1, '李晓梅', 'YY10232', '乘务中心(运营一)', '电客车司机', '高级工', '女', 'YY10001'],
          [2, '周 明', 10577, 'YY1CW', null, '三级/高级工', '男', null],
          [3, '吴 婷', 'YY10578', '运营一分公司/乘务中心', null, '技师', '女', '钱振华、不存在的人'],
        ],
        '报名表',
      );
      const preview = ok(await parseRosterFile(bytes, '报名表.xlsx', context));
      expect(preview).toMatchObject({ format: 'xlsx', sheetName: '报名表', headerRow: 2, ignoredHeaders: ['序号'] });
      expect(preview.columns.map((c) => c.field)).toEqual(['name', 'employeeNo', 'department', 'trade', 'skillGrade', 'gender', 'coach']);

      const [li, zhou, wu] = preview.rows;
      // "乘务中心(运营一)" is not a department name: only the code or the path tell the two 乘务中心 apart.
      expect(li).toMatchObject({ row: 3, status: 'error', issues: [{ code: 'unknown_department', params: { value: '乘务中心(运营一)' } }] });
      expect(zhou).toMatchObject({
        row: 4,
        status: 'ok',
        departmentId: 'd-yy1-cw',
        person: { kind: 'new', name: '周 明', employeeNo: '10577', departmentId: 'd-yy1-cw', trade: '电客车司机', skillGrade: 'senior', gender: 'male' },
      });
      expect(wu).toMatchObject({
        status: 'ok',
        departmentId: 'd-yy1-cw',
        coachIds: ['p-coach'],
        issues: [{ code: 'unknown_coach', severity: 'warning', params: { value: '不存在的人' } }],
        person: { kind: 'new', skillGrade: 'technician', gender: 'female' },
      });
      expect(preview.counts).toEqual({ rows: 3, ok: 2, error: 1, warning: 1, newPeople: 2, existingPeople: 0 });
    });

    it('matches existing people by employee number and flags a different name or an existing entry', async () => {
      const bytes = await xlsxFromRows([
        ['Name', 'Employee No.', 'Department'],
        ['李晓梅', 'yy10232', ''],
        ['李小梅', 'YY10232 ', 'YY1CW'],
        ['张卫东', 'YY10231', 'YY1'],
      ]);
      const preview = ok(await parseRosterFile(bytes, 'roster.xlsx', context));
      const [li, wrongName, zhang] = preview.rows;
      expect(li!.person).toEqual({ kind: 'existing', personId: 'p-li', name: '李晓梅', employeeNo: 'YY10232' });
      expect(li!.departmentId).toBe('d-yy1-cw');
      expect(wrongName!.issues.map((i) => i.code)).toEqual(['name_mismatch', 'duplicate_employee_no_in_file']);
      expect(wrongName!.issues[0]!.params).toEqual({ employeeNo: 'YY10232', existingName: '李晓梅' });
      expect(zhang!.issues).toEqual([
        { code: 'already_entered', severity: 'error', column: 'employeeNo', params: { entryId: 'e-zhang', status: 'registered' } },
        {
          code: 'department_differs',
          severity: 'warning',
          column: 'department',
          params: { personDepartmentId: 'd-yy1-cw-1', departmentId: 'd-yy1' },
        },
      ]);
    });
  });

  describe('a good csv', () => {
    const csv = '姓名,工号,部门,队伍\r\n"陈,志强",YY10901,运营一分公司/乘务中心,一队\r\n林芳,YY10902,YY1CW,一队\r\n';

    it('reads UTF-8 with a byte order mark', async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Encode(csv)]);
      const preview = ok(await parseRosterFile(bytes, '名单.csv', { ...context, teamBased: true }));
      expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRow: 1 });
      expect(preview.rows.map((r) => [r.values.name, r.status])).toEqual([['陈,志强', 'ok'], ['林芳', 'ok']]);
      expect(preview.teams).toEqual([{ name: '一队', rows: [2, 3], departmentIds: ['d-yy1-cw'] }]);
    });

    it('reads UTF-8 without a byte order mark', async () => {
      const preview = ok(await parseRosterFile(utf8Encode(csv), '名单.csv', context));
      expect(preview.encoding).toBe('utf-8');
      expect(preview.counts.ok).toBe(2);
    });

    it('reads GB18030 as saved by Chinese Excel', async () => {
      const preview = ok(await parseRosterFile(encodeGb18030(csv), '名单.csv', context));
      expect(preview.encoding).toBe('gb18030');
      expect(preview.rows.map((r) => r.values.name)).toEqual(['陈,志强', '林芳']);
      expect(preview.rows.map((r) => r.departmentId)).toEqual(['d-yy1-cw', 'd-yy1-cw']);
    });

    it('reads tab-separated UTF-16 ("Unicode text")', async () => {
      const text = '姓名\t工号\t部门\r\n林芳\tYY10902\tYY1CW\r\n';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
        bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
      }
      const preview = ok(await parseRosterFile(bytes, '名单.txt', context));
      expect(preview).toMatchObject({ encoding: 'utf-16le', counts: { ok: 1 } });
    });

    it('keeps leading zeros written as ="00123"', async () => {
      const preview = ok(await parseRosterFile(utf8Encode('姓名,工号,部门\n林芳,="00123",YY1CW\n'), 'a.csv', context));
      expect(preview.rows[0]!.values.employeeNo).toBe('00123');
    });
  });

  it('refuses a formula cell in xlsx, without using its cached value', async () => {
    const bytes = await xlsxFromRows([
      ['姓名', '工号', '部门'],
      ['林芳', { formula: '"YY"&"10902"', result: 'YY10902' }, 'YY1CW'],
    ]);
    const preview = ok(await parseRosterFile(bytes, 'a.xlsx', context));
    expect(preview.rows[0]!).toMatchObject({ status: 'error', values: { name: '林芳', department: 'YY1CW' } });
    expect(preview.rows[0]!.issues).toEqual([
      { code: 'formula_cell', severity: 'error', column: 'employeeNo', params: { column: 'employeeNo' } },
    ]);
  });

  it('refuses a formula in a csv field', async () => {
    const preview = ok(await parseRosterFile(utf8Encode('姓名,工号,部门\n=HYPERLINK("x"),YY1,YY1CW\n'), 'a.csv', context));
    expect(issueCodes(preview)).toEqual([['formula_cell']]);
  });

  describe('refuses the file', () => {
    it('a PNG, whatever its name', async () => {
      expect(await parseRosterFile(pngBytes(), '名单.xlsx', context)).toEqual({
        ok: false,
        error: { code: 'wrong_file_type', params: { detected: 'png' } },
      });
    });

    it('a Word document renamed .xlsx', async () => {
      expect(await parseRosterFile(docxBytes(), '名单.xlsx', context)).toEqual({
        ok: false,
        error: { code: 'wrong_file_type', params: { detected: 'zip' } },
      });
    });

    it('an old .xls, naming it so the user can re-save it', async () => {
      const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
      expect(await parseRosterFile(ole, '名单.xls', context)).toEqual({
        ok: false,
        error: { code: 'wrong_file_type', params: { detected: 'xls' } },
      });
    });

    it('an HTML table saved as .xls', async () => {
      const html = utf8Encode('<html><table><tr><td>姓名</td></tr></table></html>');
      expect(await parseRosterFile(html, '名单.xls', context)).toMatchObject({ error: { code: 'wrong_file_type', params: { detected: 'html' } } });
    });

    it('an empty file, a blank csv and an empty workbook', async () => {
      const empty = { ok: false, error: { code: 'empty_file' } };
      expect(await parseRosterFile(new Uint8Array(), 'a.csv', context)).toEqual(empty);
      expect(await parseRosterFile(utf8Encode('\r\n , \r\n'), 'a.csv', context)).toEqual(empty);
      expect(await parseRosterFile(await xlsxFromRows([]), 'a.xlsx', context)).toEqual(empty);
    });

    it('a header-only file', async () => {
      expect(await parseRosterFile(await xlsxFromRows([['姓名', '工号', '部门']]), 'a.xlsx', context)).toEqual({
        ok: false,
        error: { code: 'no_rows' },
      });
    });

    it('a file without a header', async () => {
      expect(await parseRosterFile(utf8Encode('林芳,YY10902\n周明,YY10903\n'), 'a.csv', context)).toEqual({
        ok: false,
        error: { code: 'no_header' },
      });
    });

    it('a header without the employee number column', async () => {
      expect(await parseRosterFile(utf8Encode('姓名,部门\n林芳,YY1CW\n'), 'a.csv', context)).toEqual({
        ok: false,
        error: { code: 'missing_columns', params: { columns: ['employeeNo'] } },
      });
    });

    it('a damaged xlsx', async () => {
      const bytes = (await xlsxFromRows([['姓名', '工号']])).slice(0, 300);
      expect(await parseRosterFile(bytes, 'a.xlsx', context)).toEqual({ ok: false, error: { code: 'unreadable_file' } });
    });
  });

  it('marks every row sharing an employee number, naming the other rows', async () => {
    const csv = '姓名,工号,部门\n甲,N1,YY1CW\n乙,N2,YY1CW\n丙,n1,YY1CW\n丁,N1,YY1CW\n';
    const preview = ok(await parseRosterFile(utf8Encode(csv), 'a.csv', context));
    const dup = preview.rows.map((r) => r.issues.find((i) => i.code === 'duplicate_employee_no_in_file')?.params?.rows);
    expect(dup).toEqual([[4, 5], undefined, [2, 5], [2, 4]]);
    expect(preview.counts).toMatchObject({ ok: 1, error: 3 });
  });

  it('reports unknown and ambiguous departments with the value, and rows missing what they need', async () => {
    const csv = ['姓名,工号,部门,队伍', '甲,N1,车辆中心,', '乙,N2,乘务中心,', ',N3,YY1CW,', '丁,,YY1CW,', '戊,N5,,', '赵红霞,TH30088,,'].join('\n');
    const preview = ok(await parseRosterFile(utf8Encode(csv), 'a.csv', { ...context, teamBased: true }));
    expect(preview.rows.map((r) => r.issues.map((i) => [i.code, i.params?.value].filter(Boolean)))).toEqual([
      [['unknown_department', '车辆中心'], ['missing_team']],
      [['ambiguous_department', '乘务中心'], ['missing_team']],
      [['missing_name'], ['missing_team']],
      [['missing_employee_no'], ['missing_team']],
      [['missing_department'], ['missing_team']],
      [['already_entered'], ['missing_team']],
    ]);
    // The existing person's own department stands in when the file has none.
    expect(preview.rows[5]!.departmentId).toBe('d-th-xh');
  });

  it('groups a team competition by team and refuses a team already entered', async () => {
    const teamEntry = { ...entries[1]!, id: 'e-team', teamName: '二分公司代表队' };
    const csv = '姓名,工号,部门,代表队\n甲,N1,YY1CW,一分公司代表队\n乙,N2,YY1,一分公司代表队\n丙,N3,YY2CW,二分公司代表队\n';
    const preview = ok(await parseRosterFile(utf8Encode(csv), 'a.csv', { ...context, entries: [teamEntry], teamBased: true }));
    expect(preview.teams).toEqual([{ name: '一分公司代表队', rows: [2, 3], departmentIds: ['d-yy1-cw', 'd-yy1'] }]);
    expect(preview.rows[2]!.issues).toEqual([
      { code: 'team_already_entered', severity: 'error', column: 'team', params: { team: '二分公司代表队', entryId: 'e-team' } },
    ]);
  });

  it('previews a 10,000-row xlsx', async () => {
    const rows: (string | number)[][] = [['序号', '姓名', '工号', '部门', '工种', '技能等级', '性别']];
    for (let i = 0; i < 10_000; i++) {
      rows.push([i + 1, `选手${i}`, `E${100000 + i}`, i % 3 === 0 ? 'YY1CW' : i % 3 === 1 ? 'YY2CW' : '信号车间', '电客车司机', '高级工', i % 2 ? '男' : '女']);
    }
    rows.push([10_001, '重复', 'E100000', 'YY1CW', '电客车司机', '高级工', '男']);
    const bytes = await xlsxFromRows(rows);
    const started = performance.now();
    const preview = ok(await parseRosterFile(bytes, 'big.xlsx', context));
    console.info(`roster preview of 10,001 xlsx rows: ${Math.round(performance.now() - started)} ms`);
    expect(preview.counts).toEqual({ rows: 10_001, ok: 9_999, error: 2, warning: 0, newPeople: 9_999, existingPeople: 0 });
  });
});
