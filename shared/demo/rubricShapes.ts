/**
 * The six rubric shapes the demo's competitions reuse (理论 + 实操 in two weightings, 实操 only, 应急处置,
 * 调度仿真, 团体赛). Every shape keeps the engine's invariants: part weights sum to 100 and in each module the
 * item maxima add up to the module maximum. Module names come from the trade's practical tasks.
 *
 * Ids are prefixed by the competition id so that modules and items are unique across the workspace
 * (judge assignments and marks refer to them).
 */
import type { Fault, Item, MeasurementBand, Module, Part, Rubric } from '../domain';
import type { RubricShapeKey } from './data/competitionCatalog';
import { tradeTasks } from './data/organisation';

type ItemDraft =
  | { kind: 'levels'; name: string; max: number; descriptors?: [string, string, string, string] }
  | { kind: 'points'; name: string; max: number }
  | { kind: 'met'; name: string; max: number }
  | { kind: 'bands'; name: string; max: number }
  | { kind: 'deduction'; name: string; max: number; faults: readonly (readonly [string, number])[] }
  | { kind: 'time'; name: string; max: number; limitSeconds: number; tiebreak?: boolean }
  | { kind: 'imported'; name: string; max: number; source: string };

interface ModuleDraft {
  readonly name: string;
  readonly max: number;
  readonly items: readonly ItemDraft[];
  readonly aggregation?: Module['aggregation'];
  /** `sealed` for a module judged on handed-in work (the piece made in the task), scored by anonymous code. */
  readonly judging?: Module['judging'];
  readonly safetyVeto?: Module['safetyVeto'];
}

interface PartDraft {
  readonly name: string;
  readonly weightPercent: number;
  readonly practical: boolean;
  readonly modules: readonly ModuleDraft[];
}

const GENERIC_DESCRIPTORS: [string, string, string, string] = [
  '未完成或存在严重错误',
  '基本完成，有明显缺陷',
  '较好完成，个别环节不够规范',
  '准确、规范、熟练完成',
];

const SAFETY_FAULTS: readonly (readonly [string, number])[] = [
  ['未按规定穿戴劳动防护用品', 2],
  ['未执行安全确认或防护措施', 5],
  ['工器具、材料遗留作业现场', 3],
  ['作业程序颠倒或漏项', 2],
];

const PROCEDURE_FAULTS: readonly (readonly [string, number])[] = [
  ['未按规定报告或漏报', 5],
  ['处置程序错误', 5],
  ['未设置防护或防护不当', 10],
  ['标准用语不规范', 1],
  ['记录填写不完整', 1],
];

const THEORY: PartDraft = {
  name: '理论知识',
  weightPercent: 0,
  practical: false,
  modules: [
    {
      name: '理论知识考试',
      max: 100,
      items: [{ kind: 'imported', name: '理论考试成绩', max: 100, source: '集团在线考试系统' }],
    },
  ],
};

const theory = (weightPercent: number): PartDraft => ({ ...THEORY, weightPercent });

function shapeDrafts(shape: RubricShapeKey, tasks: readonly string[]): PartDraft[] {
  const task = (i: number): string => tasks[i % tasks.length] ?? `实操项目${i + 1}`;
  switch (shape) {
    case 'theory30Practical70':
      return [
        theory(30),
        {
          name: '实际操作',
          weightPercent: 70,
          practical: true,
          modules: [
            {
              name: task(0),
              max: 60,
              safetyVeto: 'zero_module',
              items: [
                { kind: 'levels', name: '作业准备与安全防护', max: 9 },
                { kind: 'levels', name: '故障判断与分析', max: 15 },
                { kind: 'met', name: '故障排除，设备恢复正常', max: 15 },
                { kind: 'deduction', name: '作业规范', max: 15, faults: SAFETY_FAULTS },
                { kind: 'time', name: '完成时限', max: 6, limitSeconds: 1200 },
              ],
            },
            {
              name: task(1),
              max: 40,
              // Judged on the adjusted part and the record sheet handed in, apart from who made them: sealed.
              judging: 'sealed',
              items: [
                { kind: 'points', name: '工艺质量', max: 10 },
                { kind: 'bands', name: '测量与调整精度', max: 15 },
                { kind: 'deduction', name: '安全文明作业', max: 10, faults: SAFETY_FAULTS },
                { kind: 'levels', name: '作业记录单', max: 5 },
              ],
            },
          ],
        },
      ];
    case 'theory20Practical80':
      return [
        theory(20),
        {
          name: '实际操作',
          weightPercent: 80,
          practical: true,
          modules: [
            {
              name: task(0),
              max: 40,
              safetyVeto: 'zero_module',
              items: [
                { kind: 'levels', name: '故障判断与分析', max: 12 },
                { kind: 'met', name: '故障排除，功能恢复', max: 12 },
                { kind: 'deduction', name: '作业规范', max: 10, faults: SAFETY_FAULTS },
                { kind: 'time', name: '完成时限', max: 6, limitSeconds: 900 },
              ],
            },
            {
              name: task(1),
              max: 35,
              // The workpiece is handed in and judged apart from its maker: a sealed module.
              judging: 'sealed',
              items: [
                { kind: 'points', name: '工艺质量', max: 10 },
                { kind: 'bands', name: '检测数据准确度', max: 15 },
                { kind: 'deduction', name: '安全文明作业', max: 10, faults: SAFETY_FAULTS },
              ],
            },
            {
              name: task(2),
              max: 25,
              items: [
                { kind: 'levels', name: '作业方案与步骤', max: 9 },
                { kind: 'deduction', name: '作业规范', max: 10, faults: SAFETY_FAULTS },
                { kind: 'points', name: '工具与仪表使用', max: 6 },
                { kind: 'time', name: '用时（并列时比较）', max: 0, limitSeconds: 1200, tiebreak: true },
              ],
            },
          ],
        },
      ];
    case 'practicalOnly':
      return [
        {
          name: '实际操作',
          weightPercent: 100,
          practical: true,
          modules: [
            {
              name: task(0),
              max: 50,
              aggregation: 'trimmed',
              safetyVeto: 'zero_module',
              items: [
                { kind: 'levels', name: '作业准备与安全确认', max: 15 },
                { kind: 'levels', name: '作业过程规范性', max: 15 },
                { kind: 'met', name: '作业结果符合标准', max: 10 },
                { kind: 'deduction', name: '违章扣分', max: 10, faults: SAFETY_FAULTS },
              ],
            },
            {
              name: task(1),
              max: 50,
              aggregation: 'trimmed',
              items: [
                { kind: 'points', name: '操作熟练程度', max: 20 },
                { kind: 'bands', name: '作业质量', max: 20 },
                { kind: 'time', name: '完成时限', max: 10, limitSeconds: 900 },
              ],
            },
          ],
        },
      ];
    case 'emergencyDrill':
      return [
        {
          name: '应急处置实操',
          weightPercent: 100,
          practical: true,
          modules: [
            {
              name: `${task(1)}（应急处置流程）`,
              max: 70,
              safetyVeto: 'disqualify',
              items: [
                { kind: 'deduction', name: '处置程序', max: 40, faults: PROCEDURE_FAULTS },
                { kind: 'met', name: '在规定时间内消除险情、恢复运营', max: 20 },
                { kind: 'levels', name: '现场判断与决策', max: 10 },
              ],
            },
            {
              name: '信息报告与联控',
              max: 30,
              items: [
                { kind: 'levels', name: '汇报准确、完整、及时', max: 15 },
                { kind: 'points', name: '标准用语', max: 10 },
                { kind: 'time', name: '处置用时', max: 5, limitSeconds: 600 },
              ],
            },
          ],
        },
      ];
    case 'dispatchSimulation':
      return [
        theory(40),
        {
          name: '仿真实操',
          weightPercent: 60,
          practical: true,
          modules: [
            {
              name: task(0),
              max: 60,
              items: [
                { kind: 'levels', name: '情况判断', max: 18 },
                { kind: 'levels', name: '组织与指挥', max: 12 },
                { kind: 'bands', name: '运营恢复效果', max: 20 },
                { kind: 'deduction', name: '作业标准', max: 10, faults: PROCEDURE_FAULTS },
              ],
            },
            {
              name: task(1),
              max: 40,
              items: [
                { kind: 'points', name: '命令（用语）准确性', max: 15 },
                { kind: 'met', name: '关键步骤无遗漏', max: 15 },
                { kind: 'deduction', name: '联控与记录', max: 10, faults: PROCEDURE_FAULTS },
                { kind: 'time', name: '用时（并列时比较）', max: 0, limitSeconds: 900, tiebreak: true },
              ],
            },
          ],
        },
      ];
    case 'teamDrill':
      return [
        {
          name: '团体实操',
          weightPercent: 100,
          practical: true,
          modules: [
            {
              name: '团队协同处置',
              max: 60,
              safetyVeto: 'disqualify',
              items: [
                { kind: 'levels', name: '分工与协同', max: 20 },
                { kind: 'levels', name: '现场处置', max: 20 },
                { kind: 'deduction', name: '处置程序', max: 20, faults: PROCEDURE_FAULTS },
              ],
            },
            {
              name: '现场指挥与汇报',
              max: 40,
              items: [
                { kind: 'points', name: '指挥与汇报', max: 20 },
                { kind: 'met', name: '乘客疏导到位', max: 10 },
                { kind: 'time', name: '处置用时', max: 10, limitSeconds: 900 },
              ],
            },
          ],
        },
      ];
  }
}

function bands(prefix: string, max: number): MeasurementBand[] {
  // 优 / 良 / 合格 / 不合格 at 100 %, about 70 %, about 40 % and 0 of the maximum, in whole points.
  return [
    { id: `${prefix}-b1`, label: '优（误差在允许范围内）', points: max },
    { id: `${prefix}-b2`, label: '良（误差略超但不影响使用）', points: Math.round(max * 0.7) },
    { id: `${prefix}-b3`, label: '合格（需复调）', points: Math.round(max * 0.4) },
    { id: `${prefix}-b4`, label: '不合格', points: 0 },
  ];
}

function faults(prefix: string, list: readonly (readonly [string, number])[]): Fault[] {
  return list.map(([label, points], i) => ({ id: `${prefix}-f${i + 1}`, label, points }));
}

function toItem(draft: ItemDraft, id: string): Item {
  const base = { id, name: draft.name, max: draft.max };
  switch (draft.kind) {
    case 'levels':
      return { ...base, kind: 'judgement', scale: 'levels', descriptors: draft.descriptors ?? GENERIC_DESCRIPTORS };
    case 'points':
      return { ...base, kind: 'judgement', scale: 'points' };
    case 'met':
      return { ...base, kind: 'measurement', mode: 'met', bands: [] };
    case 'bands':
      return { ...base, kind: 'measurement', mode: 'bands', bands: bands(id, draft.max) };
    case 'deduction':
      return { ...base, kind: 'deduction', faults: faults(id, draft.faults), description: '扣完为止' };
    case 'time':
      return {
        ...base,
        kind: 'time',
        mode: draft.tiebreak ? 'tiebreak' : 'scored',
        limitSeconds: draft.limitSeconds,
        overtimePenaltyPerMinute: draft.tiebreak ? 0 : 1,
      };
    case 'imported':
      return { ...base, kind: 'imported', source: draft.source };
  }
}

/** The rubric of one competition, in the given shape, with ids under `competitionId`. */
export function buildRubric(shape: RubricShapeKey, competitionId: string, trade: string): Rubric {
  const parts: Part[] = shapeDrafts(shape, tradeTasks(trade)).map((part, p) => {
    const partId = `${competitionId}-p${p + 1}`;
    return {
      id: partId,
      name: part.name,
      weightPercent: part.weightPercent,
      practical: part.practical,
      modules: part.modules.map((module, m): Module => {
        const moduleId = `${partId}-m${m + 1}`;
        return {
          id: moduleId,
          name: module.name,
          max: module.max,
          judging: module.judging ?? 'live',
          aggregation: module.aggregation ?? 'mean',
          minJudgesToTrim: 5,
          safetyVeto: module.safetyVeto ?? 'none',
          disagreementShare: 0.3,
          items: module.items.map((item, i) => toItem(item, `${moduleId}-i${i + 1}`)),
        };
      }),
    };
  });
  const practical = parts.find((part) => part.practical) ?? parts[0];
  return {
    parts,
    tieBreak: [...(practical ? [{ kind: 'part_score' as const, partId: practical.id }] : []), { kind: 'total_time' }],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

export const RUBRIC_SHAPES: readonly RubricShapeKey[] = [
  'theory30Practical70',
  'theory20Practical80',
  'practicalOnly',
  'emergencyDrill',
  'dispatchSimulation',
  'teamDrill',
];
