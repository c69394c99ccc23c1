/**
 * Helper of studioViews.bench.mjs (run with `node --import tsx`): the pure cost of applyProjectView on 10,000
 * rows in Node, beside a plain Array.filter of the same rows. Prints JSON medians in ms.
 */
import { applyProjectView, DEFAULT_VIEW, projectSearchText, type ProjectRow } from '../../shared/studios/projectView';

const STAGES = ['proposal', 'review', 'approved', 'in_progress', 'trial', 'completed', 'rolled_out', 'on_hold', 'rejected'] as const;
const rows: ProjectRow[] = Array.from({ length: 10_000 }, (_v, i) => ({
  id: `p${i}`,
  title: `项目${i} 检修工艺改进与智能监测装置研制`,
  studioId: `s${i % 20}`,
  studioName: `基准工作室${i % 20}`,
  stage: STAGES[i % STAGES.length]!,
  startDate: `${2018 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
  memberCount: i % 9,
  budgetFen: (i * 137) % 500_000,
  spentFen: 0,
  originName: '',
  searchText: projectSearchText({ title: `项目${i} 检修工艺改进与智能监测装置研制`, studioName: `基准工作室${i % 20}`, originName: '' }),
}));

function time(run: () => unknown, times = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const result = {
  filter: time(() => applyProjectView(rows, { ...DEFAULT_VIEW, text: '项目1' })),
  sortTitle: time(() => applyProjectView(rows, { ...DEFAULT_VIEW, sort: 'title' })),
  sortDate: time(() => applyProjectView(rows, { ...DEFAULT_VIEW, descending: false })),
  groupStage: time(() => applyProjectView(rows, { ...DEFAULT_VIEW, group: 'stage' })),
  baselineFilter: time(() => rows.filter((r) => r.title.toLowerCase().includes('项目1'))),
  baselineSort: time(() => [...rows].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))),
};
console.log(JSON.stringify(result));
