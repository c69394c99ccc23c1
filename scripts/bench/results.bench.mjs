/**
 * Results for 2,000 entrants × 60 items × 5 judges (600,000 marks) in Node: the scoring engine's computeResults
 * (scores, ranks with tie-breaks, awards) beside the baseline of a plain grouped sum of the same marks.
 * Targets (DESIGN §7): < 250 ms and ≤ 5× the grouped sum. Also the results workbook for 2,000 entries (< 2 s).
 */
import { register } from 'tsx/esm/api';
import { machine, median, writeSection } from './report.mjs';

register();
const { benchField, groupedSum } = await import('./resultsFixture.ts');
const { computeResults } = await import('../../shared/scoring/index.ts');

const RUNS = 11;
const field = benchField();
console.log(`${field.marks.length} marks`);

const time = (fn) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
// Warm up both (JIT), then alternate so drift hits both alike.
for (let i = 0; i < 3; i++) {
  computeResults(field.rubric, field.entrants, field.marks);
  groupedSum(field.marks);
}
const engine = [];
const baseline = [];
for (let i = 0; i < RUNS; i++) {
  baseline.push(time(() => groupedSum(field.marks)));
  engine.push(time(() => computeResults(field.rubric, field.entrants, field.marks)));
}
const e = median(engine);
const b = median(baseline);

let workbookRow = '';
try {
  const { resultsWorkbookBench } = await import('./resultsWorkbook.bench-helper.ts');
  const w = await resultsWorkbookBench(field, 3);
  workbookRow = `| results workbook (.xlsx: ranking, module breakdown, raw marks per judge, audit summary), 2,000 entries, median of 3 | ${w.median.toFixed(0)} ms | ${w.baseline.toFixed(0)} ms (exceljs writing the ranking sheet alone) | ${(w.median / w.baseline).toFixed(2)}× | < 2,000 ms |\n`;
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}

writeSection(
  'results',
  `### Results engine, 600,000 marks (${new Date().toISOString().slice(0, 10)})

${machine()}; ${RUNS} runs after 3 warm-up runs, alternating.

| measure | engine | baseline | ratio | target |
| --- | ---: | ---: | ---: | --- |
| computeResults: 2,000 entrants × 60 items × 5 judges (scores, tie-breaks, ranks, awards), median | ${e.toFixed(1)} ms | ${b.toFixed(1)} ms (plain grouped sum per entrant) | ${(e / b).toFixed(2)}× | < 250 ms; ≤ 5× |
${workbookRow}`,
);
