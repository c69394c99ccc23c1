/**
 * The command line on the example competition archive of docs/examples: the results it prints are the ones
 * written in docs/formats.md (calculated by hand there) and in competition-archive.results.json, in every format.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
