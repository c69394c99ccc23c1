/**
 * Whether a competition may move to another status now, and what has to happen with the move (DESIGN §2:
 * draft → registration → drawn → scoring → review → published → archived).
 *
 * Forward, one step at a time, each step checking what it needs. Back, only where nothing recorded is lost
 * or where undoing is the point: registration → draft (edit the rubric), drawn → registration (a late entry;
 * the draw is cleared and must be made again), scoring → drawn (before any mark), review → scoring (marks to
 * correct). Published results are frozen (公示); archived is final.
 */
import type { Competition, CompetitionStatus, Entry, JudgeAssignment } from '../../domain';
import { COMPETITION_STATUSES } from '../../domain';
import { PIN_ROLES } from '../judges/assignmentRules';
import { RANKED_ENTRY_STATUSES } from './entryTakesPart';
import { validateRubric } from '../rubric/validateRubric';

export const STATUS_REASON_CODES = [
  /** Already in that status. */
  'same_status',
  /** No such move (skipping a step, or going back where it is not allowed). params: { from, to } */
  'transition_not_allowed',
  /** Archived competitions do not change. */
  'archived_is_final',
  /** The rubric has validateRubric issues. params: { issueCount } */
  'rubric_invalid',
  /** No entry registered or checked in. */
  'no_active_entries',
  /** The draw has not been made (no seed recorded). */
  'no_draw_seed',
  /** Entries taking part without a running order. params: { count } */
  'entries_not_drawn',
  /** Sealed modules, and entries taking part without an anonymous code from the secret draw. params: { count } */
  'codes_not_sealed',
  /** A module with items to judge has no judge assigned. params: { partId, moduleId } */
  'module_without_judge',
  /** No chief judge (裁判长) assigned. */
  'no_chief_judge',
  /** A judge or chief judge who has no PIN and so cannot log in on a judge laptop. params: { assignmentId } */
  'judge_without_pin',
  /** An assignment names a module not in the rubric. params: { assignmentId, moduleId } */
  'assignment_unknown_module',
  /** Marks have been recorded, so scoring cannot be undone. params: { count } */
  'marks_recorded',
  /** Appeals still open. params: { count } */
  'open_appeals',
] as const;
export type StatusReasonCode = (typeof STATUS_REASON_CODES)[number];

export interface StatusReason {
  code: StatusReasonCode;
  params?: Readonly<Record<string, string | number>>;
}

export const STATUS_EFFECTS = [
  /** drawn → registration: remove drawSeed and drawnAt, and drawOrder and station from every entry. */
  'clear_draw',
  /** review → published: freeze the results into a Publication (公示) with its hash. */
  'create_publication',
] as const;
/** What the caller must do in the same transaction as the status change. */
export type StatusEffect = (typeof STATUS_EFFECTS)[number];

export type StatusCheckResult = { ok: true; effects: StatusEffect[] } | { ok: false; reasons: StatusReason[] };

export interface StatusCheckContext {
  entries: readonly Pick<Entry, 'id' | 'status' | 'drawOrder'>[];
  /** Entries that got an anonymous code in the sealed map (not which code). Absent: nothing sealed. */
  sealedEntryIds?: ReadonlySet<string>;
  judges: readonly Pick<JudgeAssignment, 'id' | 'role' | 'moduleIds' | 'pinHash'>[];
  /** Marks recorded so far (scoring → drawn needs none). Default 0. */
  marksRecorded?: number;
  /** Appeals not yet ruled on (publishing needs none). Default 0. */
  openAppeals?: number;
}

const BACKWARD: Partial<Record<CompetitionStatus, CompetitionStatus>> = {
  registration: 'draft',
  drawn: 'registration',
  scoring: 'drawn',
  review: 'scoring',
};


export function nextStatusCheck(
  competition: Pick<Competition, 'status' | 'rubric' | 'drawSeed'>,
  context: StatusCheckContext,
  target: CompetitionStatus,
): StatusCheckResult {
  const from = competition.status;
  if (from === target) return refuse({ code: 'same_status' });
  if (from === 'archived') return refuse({ code: 'archived_is_final' });
  const forward = COMPETITION_STATUSES.indexOf(target) === COMPETITION_STATUSES.indexOf(from) + 1;
  if (!forward && BACKWARD[from] !== target) {
    return refuse({ code: 'transition_not_allowed', params: { from, to: target } });
  }

  const reasons: StatusReason[] = [];
  const effects: StatusEffect[] = [];
  if (!forward) {
    if (from === 'drawn') effects.push('clear_draw');
    const marks = context.marksRecorded ?? 0;
    if (from === 'scoring' && marks > 0) reasons.push({ code: 'marks_recorded', params: { count: marks } });
    return done(reasons, effects);
  }

  switch (target) {
    case 'registration':
      checkRubric(competition, reasons);
      break;
    case 'drawn':
      checkRubric(competition, reasons);
      checkDraw(competition, context, reasons);
      break;
    case 'scoring':
      checkDraw(competition, context, reasons);
      checkSealing(competition, context, reasons);
      checkJudges(competition, context, reasons);
      break;
    case 'published': {
      const open = context.openAppeals ?? 0;
      if (open > 0) reasons.push({ code: 'open_appeals', params: { count: open } });
      effects.push('create_publication');
      break;
    }
    default:
      break;
  }
  return done(reasons, effects);
}

function refuse(reason: StatusReason): StatusCheckResult {
  return { ok: false, reasons: [reason] };
}

function done(reasons: StatusReason[], effects: StatusEffect[]): StatusCheckResult {
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, effects };
}

function checkRubric(competition: Pick<Competition, 'rubric'>, reasons: StatusReason[]) {
  const issueCount = validateRubric(competition.rubric).length;
  if (issueCount > 0) reasons.push({ code: 'rubric_invalid', params: { issueCount } });
}

function checkDraw(competition: Pick<Competition, 'drawSeed'>, context: StatusCheckContext, reasons: StatusReason[]) {
  const active = context.entries.filter((e) => RANKED_ENTRY_STATUSES.has(e.status));
  if (active.length === 0) reasons.push({ code: 'no_active_entries' });
  if (!competition.drawSeed) reasons.push({ code: 'no_draw_seed' });
  const undrawn = active.filter((e) => e.drawOrder === undefined).length;
  if (undrawn > 0) reasons.push({ code: 'entries_not_drawn', params: { count: undrawn } });
}

/** Scoring a sealed module needs every entrant taking part to hold a code from the secret draw. */
function checkSealing(competition: Pick<Competition, 'rubric'>, context: StatusCheckContext, reasons: StatusReason[]) {
  if (!competition.rubric.parts.some((p) => p.modules.some((m) => m.judging === 'sealed'))) return;
  const sealed = context.sealedEntryIds ?? new Set<string>();
  const count = context.entries.filter((e) => RANKED_ENTRY_STATUSES.has(e.status) && !sealed.has(e.id)).length;
  if (count > 0) reasons.push({ code: 'codes_not_sealed', params: { count } });
}

function checkJudges(competition: Pick<Competition, 'rubric'>, context: StatusCheckContext, reasons: StatusReason[]) {
  const modules = competition.rubric.parts.flatMap((p) => p.modules.map((m) => ({ partId: p.id, module: m })));
  const moduleIds = new Set(modules.map((m) => m.module.id));
  const scorers = context.judges.filter((j) => j.role === 'judge' || j.role === 'chief');
  for (const { partId, module } of modules) {
    // A module of imported items only (a theory exam) is filled in by the organiser, not judged.
    const needsJudge = module.items.some((item) => item.kind !== 'imported');
    if (needsJudge && !scorers.some((j) => j.moduleIds.includes(module.id))) {
      reasons.push({ code: 'module_without_judge', params: { partId, moduleId: module.id } });
    }
  }
  if (!context.judges.some((j) => j.role === 'chief')) reasons.push({ code: 'no_chief_judge' });
  for (const judge of context.judges) {
    const assignmentId = judge.id;
    for (const moduleId of judge.moduleIds) {
      if (!moduleIds.has(moduleId)) reasons.push({ code: 'assignment_unknown_module', params: { assignmentId, moduleId } });
    }
    if (PIN_ROLES.has(judge.role) && !judge.pinHash) reasons.push({ code: 'judge_without_pin', params: { assignmentId } });
  }
}
