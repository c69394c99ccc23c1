/**
 * Innovation projects of the demo's studios, in every stage from 申报 to 转化推广 (and a few rejected or on hold),
 * with their gate decisions, milestones, budget and progress notes.
 *
 * Some projects grew out of this year's competitions (竞赛-工作室联动): they start after the competition, carry
 * its id as their origin and include its award winners. About a third draw members from three or more
 * departments (the cross-department collaboration the dashboard counts).
 */
import type { GateDecision, Project, ProjectStage, Studio } from '../domain';
import type { Random } from '../util/random';
import { type DemoContext, seq } from './context';
import { TRADE_INNOVATIONS } from './data/innovationCatalog';
import { tradeTasks } from './data/organisation';
import { addDays, daysBetween, maxDate, minDate } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

/** The forward path of a project; `rejected` and `on_hold` branch off it. */
const PATH: readonly ProjectStage[] = ['proposal', 'review', 'approved', 'in_progress', 'trial', 'completed', 'rolled_out'];

/** Typical age in days of a project in each stage (min, max). */
const AGE_DAYS: Readonly<Record<ProjectStage, readonly [number, number]>> = {
  proposal: [10, 50],
  review: [30, 90],
  approved: [60, 150],
  in_progress: [100, 360],
  trial: [240, 540],
  completed: [360, 900],
  rolled_out: [540, 1100],
  rejected: [90, 270],
  on_hold: [180, 450],
};

const STAGE_WEIGHTS: Readonly<Record<ProjectStage, number>> = {
  proposal: 3,
  review: 3,
  approved: 4,
  in_progress: 9,
  trial: 7,
  completed: 9,
  rolled_out: 7,
  rejected: 2,
  on_hold: 2,
};

const STAGE_LIST = Object.keys(STAGE_WEIGHTS) as ProjectStage[];

/** Share of the budget spent by stage (min, max). */
const SPENT_SHARE: Readonly<Record<ProjectStage, readonly [number, number]>> = {
  proposal: [0, 0],
  review: [0, 0],
  approved: [0, 0.1],
  in_progress: [0.2, 0.7],
  trial: [0.6, 0.9],
  completed: [0.85, 1],
  rolled_out: [0.9, 1],
  rejected: [0, 0],
  on_hold: [0.1, 0.4],
};

const EARLY_STAGES: readonly ProjectStage[] = ['proposal', 'review', 'approved', 'in_progress'];

const MILESTONES = ['完成方案设计与评审', '完成样机（初稿）研制', '现场试用', '成果鉴定与验收'];

export interface ProjectInputs {
  readonly studios: readonly Studio[];
  readonly competitions: readonly DemoCompetition[];
  /** Award winners (person ids) of each published competition, best first. */
  readonly winnersByCompetition: ReadonlyMap<string, readonly string[]>;
}

interface Draft {
  readonly studio: Studio;
  readonly title: string;
  /** Decided later, from the time since the competition, for projects that grew out of one. */
  readonly stage?: ProjectStage;
  readonly origin?: DemoCompetition;
}

export function generateProjects(ctx: DemoContext, org: DemoOrganisation, inputs: ProjectInputs): Project[] {
  const rng = ctx.random('projects');
  const drafts = planProjects(ctx, rng, inputs);
  return drafts.map((draft, i) => buildProject(ctx, rng, org, inputs, draft, `project-${seq(i + 1, 3)}`));
}

function planProjects(ctx: DemoContext, rng: Random, { studios, competitions, winnersByCompetition }: ProjectInputs): Draft[] {
  // Titles of a trade are shared between the studios of that trade.
  const titlesByTrade = new Map<string, string[]>();
  for (const studio of studios) {
    if (!titlesByTrade.has(studio.trade)) {
      titlesByTrade.set(studio.trade, rng.shuffle(TRADE_INNOVATIONS[studio.trade]?.projects ?? []));
    }
  }
  const studiosOfTrade = (trade: string): Studio[] => studios.filter((s) => s.trade === trade);
  const drafts: { studio: Studio; title: string; origin?: DemoCompetition }[] = [];
  for (const studio of studios) {
    const titles = titlesByTrade.get(studio.trade) ?? [];
    const share = Math.ceil(titles.length / studiosOfTrade(studio.trade).length);
    for (const title of titles.splice(0, share)) drafts.push({ studio, title });
  }

  // One project from each of the year's company-and-higher competitions whose trade has a studio, and from a
  // few grassroots ones: a method seen at the competition becomes a studio project. Only competitions over for
  // six weeks or more, so the project can start after them.
  const published = competitions.filter(
    (c) =>
      c.record.status === 'published' &&
      daysBetween(c.record.endDate, ctx.today) >= 45 &&
      (winnersByCompetition.get(c.record.id)?.length ?? 0) > 0,
  );
  const origins = [
    ...published.filter((c) => c.record.level !== 'grassroots'),
    ...rng.sample(published.filter((c) => c.record.level === 'grassroots'), 4),
  ];
  const usedOriginTitles = new Set<string>();
  for (const origin of origins) {
    const studio = studiosOfTrade(origin.record.trade)[0];
    if (!studio) continue;
    const task = rng.pick(tradeTasks(origin.record.trade));
    const title = `${task}竞赛优秀做法固化与推广`;
    if (usedOriginTitles.has(title)) continue;
    usedOriginTitles.add(title);
    drafts.push({ studio, title, origin });
  }

  // Stages: every stage appears at least once; projects born this year from a competition are early-stage.
  const forward = drafts.filter((d) => !d.origin);
  const stages = [...STAGE_LIST, ...Array.from({ length: Math.max(0, forward.length - STAGE_LIST.length) }, () =>
    rng.weightedPick(STAGE_LIST, STAGE_LIST.map((s) => STAGE_WEIGHTS[s])),
  )];
  const shuffled = rng.shuffle(stages);
  let next = 0;
  return drafts.map((d) => ({
    ...d,
    ...(d.origin ? {} : { stage: shuffled[next++] as ProjectStage }),
  }));
}

function buildProject(
  ctx: DemoContext,
  rng: Random,
  org: DemoOrganisation,
  { winnersByCompetition }: ProjectInputs,
  { studio, title, stage: plannedStage, origin }: Draft,
  id: string,
): Project {
  const latest = addDays(ctx.today, -7);
  let startDate: string;
  let stage: ProjectStage;
  if (origin) {
    // Started a few weeks after the competition; as far along as the time since then allows.
    startDate = minDate(addDays(origin.record.endDate, rng.int(10, 40)), addDays(latest, -AGE_DAYS.proposal[0]));
    const age = daysBetween(startDate, latest);
    const possible = EARLY_STAGES.filter((s) => AGE_DAYS[s][0] <= age);
    stage = rng.pick(possible.length > 0 ? possible : ['proposal']);
  } else {
    stage = plannedStage ?? 'proposal';
    startDate = addDays(latest, -rng.int(...AGE_DAYS[stage]));
  }
  const gates = gatesFor(rng, stage, startDate, maxDate(latest, startDate));
  const team = pickTeam(rng, org, studio, origin ? (winnersByCompetition.get(origin.record.id) ?? []).slice(0, 2) : []);
  const budgetFen = rng.int(5, 60) * 1_000_000;
  const [minSpent, maxSpent] = SPENT_SHARE[stage];
  const spentFen = Math.round((budgetFen * rng.float(minSpent, maxSpent)) / 100) * 100;
  const reached = stage === 'on_hold' ? 3 : stage === 'rejected' ? 1 : PATH.indexOf(stage);
  const lastChange = gates.at(-1)?.at ?? startDate;

  return {
    id,
    version: 1 + gates.length,
    updatedAt: ctx.at(lastChange, '17:00'),
    studioId: studio.id,
    title,
    summary: origin
      ? `源自“${origin.record.name}”：比赛中优秀选手的作业方法效果突出，工作室将其总结固化为标准作业方法并推广应用。`
      : `针对${studio.trade}日常作业中的实际问题开展攻关，目标是提高作业效率、降低故障率和维修成本。`,
    stage,
    gates,
    memberIds: team,
    startDate,
    budgetFen,
    spentFen,
    milestones: milestonesFor(id, startDate, reached, gates),
    notes: notesFor(rng, stage, startDate, lastChange, id),
    ...(origin ? { originCompetitionId: origin.record.id } : {}),
  };
}

/** Go decisions along the path up to the stage, evenly spaced from start to the last date; then kill or hold. */
function gatesFor(rng: Random, stage: ProjectStage, start: string, last: string): GateDecision[] {
  const steps: [ProjectStage, ProjectStage, GateDecision['decision']][] = [];
  if (stage === 'rejected') {
    steps.push(['proposal', 'review', 'go'], ['review', 'rejected', 'kill']);
  } else if (stage === 'on_hold') {
    for (let i = 0; i < 3; i++) steps.push([PATH[i] as ProjectStage, PATH[i + 1] as ProjectStage, 'go']);
    steps.push(['in_progress', 'on_hold', 'hold']);
  } else {
    for (let i = 0; i < PATH.indexOf(stage); i++) steps.push([PATH[i] as ProjectStage, PATH[i + 1] as ProjectStage, 'go']);
  }
  const span = Math.max(steps.length, daysBetween(start, last));
  return steps.map(([from, to, decision], i) => ({
    from,
    to,
    decision,
    at: addDays(start, Math.round((span * (i + 1)) / (steps.length + 0.5))),
    note: gateNote(rng, to, decision),
  }));
}

function gateNote(rng: Random, to: ProjectStage, decision: GateDecision['decision']): string {
  if (decision === 'kill') return '评审认为技术方案与现有设备改造计划重复，不予立项。';
  if (decision === 'hold') return '关键部件供货周期延长，项目暂缓，待备件到位后恢复。';
  switch (to) {
    case 'review':
      return '申报材料齐全，提交工作室评审。';
    case 'approved':
      return `评审平均得分${rng.int(78, 92)}.${rng.int(0, 9)}分，同意立项。`;
    case 'in_progress':
      return '专项创新基金下达，进入研制。';
    case 'trial':
      return '样机通过内部测试，转入现场试用。';
    case 'completed':
      return '试用效果达到预期，通过成果验收。';
    case 'rolled_out':
      return '成果在相关车间（线路）推广应用。';
    default:
      return '';
  }
}

function pickTeam(rng: Random, org: DemoOrganisation, studio: Studio, winners: readonly string[]): string[] {
  const team = new Set<string>([studio.leadId, ...winners]);
  const crossDepartment = rng.chance(0.4);
  const members = rng.shuffle(studio.memberIds);
  if (crossDepartment) {
    // At least three departments: take members from departments not yet on the team first.
    const departments = new Set([...team].map((id) => org.personById.get(id)?.departmentId));
    for (const id of members) {
      const dept = org.personById.get(id)?.departmentId;
      if (!departments.has(dept)) {
        team.add(id);
        departments.add(dept);
      }
      if (departments.size >= 3) break;
    }
  }
  for (const id of members) {
    if (team.size >= rng.int(4, 7)) break;
    team.add(id);
  }
  return [...team];
}

function milestonesFor(projectId: string, start: string, reached: number, gates: readonly GateDecision[]): Project['milestones'] {
  return MILESTONES.map((title, i) => {
    // Milestone i is done once the project has passed stage i + 2 (approved → design done, and so on).
    const gate = gates[i + 2];
    const done = reached >= i + 3 && gate !== undefined && gate.decision === 'go';
    return {
      id: `${projectId}-m${i + 1}`,
      title,
      due: addDays(start, 90 * (i + 1)),
      ...(done ? { doneOn: gate.at } : {}),
    };
  });
}

const PROGRESS_NOTES = [
  '完成现场调研，收集近两年同类故障记录，明确改进方向。',
  '与设备厂家技术人员沟通，确认改造不影响设备原有功能和安全性能。',
  '样机在检修库完成试装，发现定位精度不足，调整结构后复测合格。',
  '组织班组骨干试用并收集意见，优化了操作步骤。',
];

const LESSONS = [
  '经验教训：前期应尽早邀请使用班组参与方案评审，避免样机与现场作业习惯不符而返工。',
  '经验教训：采购周期长的部件应在立项时同步提出需求，否则会拖累整体进度。',
  '经验教训：试用阶段要按统一表格记录数据，便于后续测算效益和申报成果。',
];

function notesFor(rng: Random, stage: ProjectStage, start: string, last: string, projectId: string): Project['notes'] {
  const count = stage === 'proposal' ? 1 : rng.int(2, 3);
  const span = Math.max(1, daysBetween(start, last));
  const notes: Project['notes'] = rng.sample(PROGRESS_NOTES, count).map((text, i) => ({
    id: `${projectId}-n${i + 1}`,
    at: addDays(start, Math.round((span * (i + 1)) / (count + 1))),
    text,
    lesson: false,
  }));
  if (stage === 'completed' || stage === 'rolled_out' || stage === 'on_hold' || stage === 'rejected') {
    notes.push({ id: `${projectId}-n${count + 1}`, at: last, text: rng.pick(LESSONS), lesson: true });
  }
  return notes;
}
