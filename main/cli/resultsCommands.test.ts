/**
 * The command line on the example competition archive of docs/examples: the results it prints are the ones
 * written in docs/formats.md (calculated by hand there) and in competition-archive.results.json, in every format.
 */
import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serialiseCompetitionArchive } from '../../shared/results/archive/buildCompetitionArchive';
import { teamEventArchive, teamEventCompetition } from '../../shared/results/archive/testing/teamEventArchive';
import { runCli } from './index';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'docs', 'examples', 'competition-archive.jxarchive');
const EXPECTED = join(import.meta.dirname, '..', '..', 'docs', 'examples', 'competition-archive.results.json');

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

describe('npm run cli -- results / validate', () => {
  it('computes the example archive’s results exactly as documented', async () => {
    const { code, text } = await run('results', EXAMPLE);
    expect(code).toBe(0);
    const rows = JSON.parse(text) as { id: string; code: string; rank: number | null; total: string; award: string; status: string; parts: Record<string, string>; modules: Record<string, string> }[];
    expect(rows).toEqual(JSON.parse(await readFile(EXPECTED, 'utf8')));
    // By hand (docs/formats.md): E1 = 30 × 92.5 / 100 + 70 × (54.84 + 40) / 100 = 27.75 + 66.388 = 94.138 → 94.14
    // E2 = 25.5 + 70 × 78.5 / 100 = 80.45; E3 = 27.6 + 70 × 75.5 / 100 = 80.45 (tied; E2's practical part is higher)
    // E4 = 21 + 70 × 53 / 100 = 58.10; E5 absent, E6 withdrawn: not ranked.
    expect(rows.map((r) => [r.id, r.code, r.rank, r.total, r.award])).toEqual([
      ['E1', 'K101', 1, '94.14', 'first'],
      ['E2', 'K102', 2, '80.45', 'second'],
      ['E3', 'K103', 3, '80.45', 'third'],
      ['E4', 'K104', 4, '58.10', 'third'],
      ['E5', 'K105', null, '0.00', ''],
      ['E6', 'K106', null, '18.00', ''],
    ]);
    expect(rows[0]!.modules).toEqual({ exam: '92.50', fault: '54.84', measure: '40.00' });
    expect(rows[3]!.modules.fault).toBe('26.00'); // 13.33 + 11.00 + 1.67
  });

  it('writes CSV and the results workbook with the same numbers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jx-results-'));
    const csv = await run('results', EXAMPLE, '--format', 'csv');
    expect(csv.text.split('\r\n')[1]).toBe('E1,K101,王建国,checked_in,,1,94.14,first,92.50,94.84,92.50,54.84,40.00');
    const file = join(dir, 'results.xlsx');
    expect((await run('results', EXAMPLE, '--format', 'xlsx', '--out', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(file)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['排名', '模块明细', '评分明细', '审计摘要']);
    const ranking = workbook.worksheets[0]!;
    expect(ranking.getRow(5).values).toEqual([undefined, '名次', '加密号', '姓名', '单位', '状态', '总分', '奖项', '理论', '实操']);
    expect(ranking.getRow(6).values).toEqual([undefined, 1, 'K101', '王建国', '信号车间', '已检录', 94.14, '一等奖', 92.5, 94.84]);
    expect(ranking.getRow(8).values).toEqual([undefined, 3, 'K103', '张伟', '信号车间', '已检录', 80.45, '三等奖', 92, 75.5]);
    expect(ranking.getRow(10).getCell(1).value).toBe('不参加排名');
    expect(ranking.getCell('F6').numFmt).toBe('0.00');
    const marks = workbook.worksheets[2]!;
    expect(marks.getRow(7).values).toEqual([undefined, 'K101', '王建国', '故障处理', '作业规范', 'L3', 'L3', 'L2', undefined, 26.67]);
  });

  it('validate lists every problem of a damaged archive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jx-results-'));
    const archive = JSON.parse(await readFile(EXAMPLE, 'utf8'));
    archive.marks[0].itemId = 'nope';
    archive.marks[1].judgeId = 'J9';
    const file = join(dir, 'bad.jxarchive');
    await writeFile(file, JSON.stringify(archive));
    const { code, text } = await run('validate', file);
    expect(code).toBe(1);
    expect(text).toContain('checksum_mismatch');
    expect(text).toContain('invalid_content at marks.1.judgeId: unknown judge');
    expect(text).toContain('invalid_content at marks.0.itemId: unknown item');
    expect((await run('validate', EXAMPLE)).text).toContain('ok: competition archive');
  });
});

/**
 * A team event (shared/results/archive/testing/teamEventArchive.ts): seven entrants whose totals are their one
 * mark — E3 100, E1 90, E5 85, E7 80, E6 75, E2 70 (individual ranks 1–6), E4 absent — in 红队 (E1, E2),
 * 蓝队 (E3, E4, E7) and 绿队 (E5, E6); award rule counts 1 / 1 / 1.
 */
describe('npm run cli -- results on a team event (archive version 2)', () => {
  async function teamFile(scoring: 'sum' | 'mean') {
    const dir = await mkdtemp(join(tmpdir(), 'jx-teams-'));
    const file = join(dir, `team-${scoring}.jxarchive`);
    await writeFile(file, serialiseCompetitionArchive(await teamEventArchive(teamEventCompetition({ teamScoring: scoring }))));
    return { dir, file };
  }

  it('--teams prints the team ranking as JSON: mean, tied teams sharing rank 1, an absent member counting 0', async () => {
    const { file } = await teamFile('mean');
    const { code, text } = await run('results', file, '--teams');
    expect(code).toBe(0);
    // 红队 (90 + 70) / 2 = 80.00 and 绿队 (85 + 75) / 2 = 80.00 tie at rank 1 (both first: rank ≤ 1);
    // 蓝队 (100 + 0 + 80) / 3 = 60.00 is 3rd (third: rank ≤ 3), E4 absent counting 0.
    const member = (id: string, name: string, rank: number | null, total: string, status = 'checked_in') => ({ id, code: '', name, status, rank, total });
    expect(JSON.parse(text)).toEqual([
      { team: '红队', rank: 1, total: '80.00', scoring: 'mean', award: 'first', missingMembers: 0, members: [member('E1', '王建国', 2, '90.00'), member('E2', '李明', 6, '70.00')] },
      { team: '绿队', rank: 1, total: '80.00', scoring: 'mean', award: 'first', missingMembers: 0, members: [member('E5', '陈静', 3, '85.00'), member('E6', '杨帆', 5, '75.00')] },
      {
        team: '蓝队',
        rank: 3,
        total: '60.00',
        scoring: 'mean',
        award: 'third',
        missingMembers: 1,
        members: [member('E3', '张伟', 1, '100.00'), member('E7', '赵磊', 4, '80.00'), member('E4', '刘洋', null, '0.00', 'absent')],
      },
    ]);
  });

  it('--teams --format csv gives one row per member; without --teams the entries print as for any archive', async () => {
    const { file } = await teamFile('sum');
    const csv = await run('results', file, '--teams', '--format', 'csv');
    // Sum: 蓝队 100 + 0 + 80 = 180 → 1st (first); 红队 160 and 绿队 160 share rank 2 (second: rank ≤ 2).
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'team,team_rank,team_total,scoring,award,missing_members,id,code,name,status,rank,total',
      '蓝队,1,180.00,sum,first,1,E3,,张伟,checked_in,1,100.00',
      '蓝队,1,180.00,sum,first,1,E7,,赵磊,checked_in,4,80.00',
      '蓝队,1,180.00,sum,first,1,E4,,刘洋,absent,,0.00',
      '红队,2,160.00,sum,second,0,E1,,王建国,checked_in,2,90.00',
      '红队,2,160.00,sum,second,0,E2,,李明,checked_in,6,70.00',
      '绿队,2,160.00,sum,second,0,E5,,陈静,checked_in,3,85.00',
      '绿队,2,160.00,sum,second,0,E6,,杨帆,checked_in,5,75.00',
    ]);
    const entries = JSON.parse((await run('results', file)).text) as { id: string; rank: number | null; total: string; award: string }[];
    // In ranking order, the absent E4 last; individual awards by the same rule: first, second, third.
    expect(entries.map((r) => [r.id, r.rank, r.total, r.award])).toEqual([
      ['E3', 1, '100.00', 'first'],
      ['E1', 2, '90.00', 'second'],
      ['E5', 3, '85.00', 'third'],
      ['E7', 4, '80.00', ''],
      ['E6', 5, '75.00', ''],
      ['E2', 6, '70.00', ''],
      ['E4', null, '0.00', ''],
    ]);
  });

  it('writes the workbook with its Teams sheet, labels in --lang', async () => {
    const { dir, file } = await teamFile('mean');
    const out = join(dir, 'team.xlsx');
    const written = await run('results', file, '--format', 'xlsx', '--out', out, '--lang', 'en');
    expect([written.code, written.text]).toEqual([0, `results of 7 entries written to ${out}`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Ranking', 'Modules', 'Marks by judge', 'Audit summary', 'Teams']);
    const teams = workbook.getWorksheet('Teams')!;
    expect(teams.getRow(5).values).toEqual([undefined, 'Rank', 'Team', 'Members (individual total)', 'Team mean', 'Award']);
    expect(teams.getRow(6).values).toEqual([undefined, 1, '红队', '王建国 90.00; 李明 70.00', 80, 'First prize']);
    expect(teams.getRow(8).values).toEqual([undefined, 3, '蓝队', '张伟 100.00; 赵磊 80.00; 刘洋 Absent counts 0', 60, 'Third prize']);
  });

  it('prints the docs team example’s ranking as written beside it; the example is what the app’s builder writes', async () => {
    const example = join(import.meta.dirname, '..', '..', 'docs', 'examples', 'team-competition-archive.jxarchive');
    const { code, text } = await run('results', example, '--teams');
    expect(code).toBe(0);
    expect(JSON.parse(text)).toEqual(JSON.parse(await readFile(example.replace('.jxarchive', '.teams.json'), 'utf8')));
    expect(await readFile(example, 'utf8')).toBe(new TextDecoder().decode(serialiseCompetitionArchive(await teamEventArchive())));
  });

  it('refuses --teams where there is no team ranking, and a bad team name, writing nothing', async () => {
    const { dir, file } = await teamFile('mean');
    const out = join(dir, 'out.json');
    const individual = await run('results', EXAMPLE, '--teams', '--out', out);
    expect(individual.code).toBe(1);
    expect(individual.text).toContain('refused: no team ranking');
    expect((await run('results', file, '--teams', '--format', 'xlsx', '--out', out)).code).toBe(2);
    const anonymised = join(dir, 'anonymised.jxarchive');
    await writeFile(anonymised, serialiseCompetitionArchive(await teamEventArchive(teamEventCompetition(), { anonymised: true })));
    expect(await run('results', anonymised, '--teams', '--out', out)).toEqual({ code: 1, text: expect.stringContaining('no entry names its team') });

    const archive = JSON.parse(await readFile(file, 'utf8'));
    archive.entries[0].teamName = 'x'.repeat(101);
    const bad = join(dir, 'bad.jxarchive');
    await writeFile(bad, JSON.stringify(archive));
    const refused = await run('results', bad, '--teams', '--out', out);
    expect(refused).toEqual({ code: 1, text: 'refused: checksum_mismatch; invalid_content at entries.0.teamName' });
    await expect(access(out)).rejects.toThrow();
  });
});
