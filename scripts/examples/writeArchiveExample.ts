/**
 * Writes docs/examples/competition-archive.jxarchive, the small complete example of the competition archive
 * format (docs/formats.md), and its results as the command line prints them (JSON). Run with
 * `npx tsx scripts/examples/writeArchiveExample.ts`; tests/unit/archiveExample.test.ts checks both files and the
 * hand-calculated totals in docs/formats.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Competition, Entry, JudgeAssignment, Mark, MarkValue } from '../../shared/domain';
import { archiveResults } from '../../shared/results/archive/archiveResults';
import { buildCompetitionArchive, serialiseCompetitionArchive } from '../../shared/results/archive/buildCompetitionArchive';
import { resultsTableRows } from '../../shared/results/resultsReport';

const at = '2024-06-20T16:00:00+08:00';
const meta = (id: string) => ({ id, version: 1, updatedAt: at });

const competition: Competition = {
  ...meta('comp-example'),
  name: '2024年信号工技能竞赛（示例）',
  year: 2024,
  level: 'company',
  trade: '信号工',
  startDate: '2024-06-18',
  endDate: '2024-06-18',
  venue: '培训中心实训基地',
  organiser: '公司工会',
  status: 'review',
  teamBased: false,
  rubric: {
    parts: [
      {
        id: 'theory',
        name: '理论',
        weightPercent: 30,
        practical: false,
        modules: [
          {
            id: 'exam',
            name: '理论考试',
            max: 100,
            judging: 'live',
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'none',
            disagreementShare: 0.3,
            items: [{ id: 'exam-score', name: '理论考试成绩', max: 100, kind: 'imported', source: '考试系统' }],
          },
        ],
      },
      {
        id: 'practical',
        name: '实操',
        weightPercent: 70,
        practical: true,
        modules: [
          {
            id: 'fault',
            name: '故障处理',
            max: 60,
            judging: 'live',
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'zero_module',
            disagreementShare: 0.3,
            items: [
              { id: 'procedure', name: '作业规范', max: 30, kind: 'judgement', scale: 'levels', descriptors: ['未按规范作业', '基本规范', '规范', '规范熟练'] },
              { id: 'locate', name: '故障定位', max: 20, kind: 'judgement', scale: 'points' },
              { id: 'safety', name: '安全扣分', max: 10, kind: 'deduction', faults: [{ id: 'helmet', label: '未戴安全帽', points: 5 }, { id: 'tools', label: '工具遗留', points: 2 }] },
            ],
          },
          {
            id: 'measure',
            name: '测量',
            max: 40,
            judging: 'live',
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'none',
            disagreementShare: 0.3,
            items: [
              { id: 'insulation', name: '绝缘电阻测量', max: 20, kind: 'measurement', mode: 'bands', bands: [{ id: 'good', label: '优', points: 20 }, { id: 'fair', label: '良', points: 12 }, { id: 'poor', label: '差', points: 0 }] },
              { id: 'clearance', name: '限界检查', max: 15, kind: 'measurement', mode: 'met', bands: [] },
              { id: 'time', name: '完成时间', max: 5, kind: 'time', mode: 'scored', limitSeconds: 1200, overtimePenaltyPerMinute: 1 },
            ],
          },
        ],
      },
    ],
    tieBreak: [],
    awardRule: { mode: 'count', counts: [1, 1, 2] },
  },
};

const names = ['王建国', '李明', '张伟', '刘洋', '陈静', '赵磊'];
const statuses: Entry['status'][] = ['checked_in', 'checked_in', 'checked_in', 'checked_in', 'absent', 'withdrawn'];
const entries: Entry[] = names.map((_, i) => ({
  ...meta(`E${i + 1}`),
  competitionId: competition.id,
  memberIds: [`person-${i + 1}`],
  departmentId: 'dept-signal',
  coachIds: [],
  status: statuses[i]!,
  drawOrder: i + 1,
  station: i + 1,
}));
/** The anonymous codes of the secret draw (only in the sealed map in the app; given here as an unsealed map). */
const codeOf = new Map(entries.map((e, i) => [e.id, `K${101 + i}`]));

const judges: JudgeAssignment[] = ['J1', 'J2', 'J3', 'S1'].map((id) => ({
  ...meta(id),
  competitionId: competition.id,
  personId: `person-${id}`,
  role: id === 'S1' ? 'scorer' : 'judge',
  moduleIds: id === 'S1' ? ['exam'] : ['fault', 'measure'],
  stations: [],
}));
const judgeLabels: Record<string, string> = { J1: '1号裁判', J2: '2号裁判', J3: '3号裁判', S1: '记分员' };

const level = (l: 0 | 1 | 2 | 3): MarkValue => ({ kind: 'level', level: l });
const pts = (p: number): MarkValue => ({ kind: 'points', points: p });
const faults = (c: Record<string, number>): MarkValue => ({ kind: 'faults', faultCounts: c });
const marks: Mark[] = [];
// All modules are live here: marks name the entrant by running order (E3 runs third: `order:3`).
const add = (entryId: string, moduleId: string, itemId: string, assignmentId: string, value: MarkValue) =>
  marks.push({
    ...meta(`mark-${marks.length + 1}`),
    competitionId: competition.id,
    assignmentId,
    moduleId,
    itemId,
    subjectRef: `order:${entryId.slice(1)}`,
    deviceId: 'master',
    eventId: '0'.repeat(64),
    value,
  });
const panel = (entryId: string, moduleId: string, itemId: string, values: MarkValue[]) => values.forEach((v, j) => add(entryId, moduleId, itemId, `J${j + 1}`, v));

// Theory, imported by the scorer.
[['E1', 92.5], ['E2', 85], ['E3', 92], ['E4', 70], ['E6', 60]].forEach(([e, p]) => add(e as string, 'exam', 'exam-score', 'S1', pts(p as number)));
// 故障处理: three judges each.
panel('E1', 'fault', 'procedure', [level(3), level(3), level(2)]);
panel('E1', 'fault', 'locate', [pts(18), pts(17.5), pts(19)]);
panel('E1', 'fault', 'safety', [faults({}), faults({}), faults({})]);
panel('E2', 'fault', 'procedure', [level(2), level(3), level(2)]);
panel('E2', 'fault', 'locate', [pts(16), pts(15.5), pts(17)]);
panel('E2', 'fault', 'safety', [faults({ tools: 1 }), faults({ tools: 1 }), faults({ tools: 1 })]);
panel('E3', 'fault', 'procedure', [level(3), level(2), level(2)]);
panel('E3', 'fault', 'locate', [pts(17), pts(17.5), pts(17)]);
panel('E3', 'fault', 'safety', [faults({}), faults({}), faults({})]);
panel('E4', 'fault', 'procedure', [level(1), level(2), level(1)]);
panel('E4', 'fault', 'locate', [pts(10), pts(11), pts(12)]);
panel('E4', 'fault', 'safety', [faults({ helmet: 2 }), faults({ helmet: 1 }), faults({ helmet: 3 })]);
// 测量: decided once, by judge 1.
const once = (entryId: string, itemId: string, value: MarkValue) => add(entryId, 'measure', itemId, 'J1', value);
once('E1', 'insulation', { kind: 'band', bandId: 'good' });
once('E1', 'clearance', { kind: 'met', met: true });
once('E1', 'time', { kind: 'seconds', seconds: 1150 });
once('E2', 'insulation', { kind: 'band', bandId: 'fair' });
once('E2', 'clearance', { kind: 'met', met: true });
once('E2', 'time', { kind: 'seconds', seconds: 1260 });
once('E3', 'insulation', { kind: 'band', bandId: 'good' });
once('E3', 'clearance', { kind: 'met', met: false });
once('E3', 'time', { kind: 'seconds', seconds: 1100 });
once('E4', 'insulation', { kind: 'band', bandId: 'fair' });
once('E4', 'clearance', { kind: 'met', met: true });
once('E4', 'time', { kind: 'seconds', seconds: 1500 });

const archive = await buildCompetitionArchive({
  competition,
  entries,
  judges,
  marks,
  exportedAt: at,
  nameOf: (e) => ({ name: names[Number(e.id.slice(1)) - 1], department: '信号车间' }),
  judgeLabel: (j) => judgeLabels[j.id] ?? j.id,
  codeOf,
});
const folder = join(import.meta.dirname, '..', '..', 'docs', 'examples');
writeFileSync(join(folder, 'competition-archive.jxarchive'), serialiseCompetitionArchive(archive));
const rows = resultsTableRows(archiveResults(archive, at));
writeFileSync(join(folder, 'competition-archive.results.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(rows.map((r) => `${r.id} ${r.code} ${r.rank ?? '-'} ${r.total} ${r.award}`).join('\n'));
