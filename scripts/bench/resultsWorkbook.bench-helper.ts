/**
 * Times the results workbook for the benchmark field (2,000 entries, 600,000 marks), beside exceljs writing the
 * ranking sheet alone (2,000 rows) as the baseline.
 */
import ExcelJS from 'exceljs';
import type { Rubric } from '../../shared/domain';
import { buildResultsWorkbook } from '../../shared/results/xlsx/buildResultsWorkbook';
import type { ResultsReport } from '../../shared/results/resultsReport';
import { computeResults, type ScoringEntrant, type ScoringMark } from '../../shared/scoring';

export async function resultsWorkbookBench(field: { rubric: Rubric; entrants: ScoringEntrant[]; marks: ScoringMark[] }, runs: number) {
  const results = computeResults(field.rubric, field.entrants, field.marks);
  const report: ResultsReport = {
    competition: { id: 'c', name: '基准测试竞赛', year: 2024, level: 'company', trade: '信号工', startDate: '2024-05-01', endDate: '2024-05-02', venue: '', organiser: '' },
    rubric: field.rubric,
    results,
    entrants: new Map(field.entrants.map((e, i) => [e.key, { entryId: `entry-${i}`, anonCode: e.key, name: `选手${i}`, department: '信号车间' }])),
    marks: field.marks,
    judges: new Map([...new Set(field.marks.map((m) => m.judgeId))].map((id, j) => [id, `${j + 1}号裁判`])),
    snapshot: { hash: 'a'.repeat(64), publishedAt: '2024-05-05T16:00:00+08:00', sequence: 1 },
    audit: { markCount: field.marks.length, judgeCount: 5, appealCount: 0, markChangeCount: 0, flagCount: 0, ignoredMarks: 0, unresolvedMarks: 0 },
    generatedAt: '2024-05-05T16:00:00+08:00',
  };
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const baselines: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    const cpuStarted = cpu();
    bytes = buildResultsWorkbook(report).length;
    times.push(performance.now() - started);
    cpuTimes.push(cpu() - cpuStarted);
    started = performance.now();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ranking');
    for (const row of results.rows) sheet.addRow([row.rank ?? '', row.key, row.total / 100]);
    await workbook.xlsx.writeBuffer();
    baselines.push(performance.now() - started);
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
  return { median: median(times), cpu: median(cpuTimes), baseline: median(baselines), bytes };
}
