/**
 * The double-entry rules of a paper sheet (see ./paperSheet.ts). Each returns the next sheet or a code with
 * parameters for the UI to translate; nothing here writes data.
 *
 * Which marks a sheet may record (the rule a chief judge expects): paper only fills in what this judge has not
 * recorded. A module the judge already submitted, or a competition signed off, takes no sheet at all — changing
 * locked marks is the chief judge's amendment with a reason, not data entry. A cell that already holds the same
 * value is counted as unchanged and writes nothing; a cell that holds another value (marked electronically or by
 * an earlier sheet) is a conflict, shown on the sheet, and the sheet cannot be confirmed until the conflict is
 * gone (the confirmer rejects the cell, and the entry person leaves it blank after checking with the judge): a
 * paper sheet never silently overwrites a mark.
 */
import { canonicalJson } from '../../competitions/package/canonicalJson';
import type { CompetitionStatus, Item, JudgeRole, Mark, MarkValue, Module } from '../../domain';
import { SCORING_ROLES } from '../../competitions/judges/assignmentRules';
import type { MarkEventDraft } from '../markChain';
import type { MarkState } from '../replayMarkEvents';
import { submittedKeyOf } from '../replayMarkEvents';
import { scoredItemIds } from '../computeCompleteness';
import { validateMarkValue, type MarkValueIssue } from '../validateMarkValue';
import { paperCellKey, samePersonName, type PaperCell, type PaperCellRef, type PaperSheet } from './paperSheet';

/** Statuses in which paper sheets are typed in and confirmed: the judging is on or under review. */
const PAPER_STATUSES: ReadonlySet<CompetitionStatus> = new Set(['scoring', 'review']);

type Empty = Record<string, never>;

export type PaperSheetRefusal =
  | { readonly code: 'competition_not_scoring'; readonly params: { readonly status: string } }
  | { readonly code: 'not_a_scorer'; readonly params: Empty }
  | { readonly code: 'module_not_assigned'; readonly params: Empty }
  | { readonly code: 'module_submitted'; readonly params: Empty }
  | { readonly code: 'signed_off'; readonly params: Empty }
  | { readonly code: 'name_required'; readonly params: Empty }
  | { readonly code: 'open_sheet_exists'; readonly params: { readonly sheetId: string } }
  | { readonly code: 'wrong_status'; readonly params: { readonly status: string } }
  | { readonly code: 'same_person'; readonly params: { readonly name: string } }
  | { readonly code: 'unknown_cell'; readonly params: { readonly subjectRef: string; readonly itemId: string } }
  | { readonly code: 'cell_not_rejected'; readonly params: { readonly subjectRef: string; readonly itemId: string } }
  | { readonly code: 'invalid_value'; readonly params: { readonly subjectRef: string; readonly itemId: string; readonly issue: MarkValueIssue } }
  | { readonly code: 'empty_sheet'; readonly params: Empty }
  | { readonly code: 'no_cells_named'; readonly params: Empty }
  | { readonly code: 'conflicts'; readonly params: { readonly count: number; readonly cells: readonly PaperCellRef[] } };

export type PaperResult<T> = ({ readonly ok: true } & T) | ({ readonly ok: false } & PaperSheetRefusal);

/** What the rules need to know about the sheet's judge, module and subjects. */
export interface PaperSheetContext {
  readonly competitionStatus: CompetitionStatus;
  readonly assignment: { readonly id: string; readonly role: JudgeRole; readonly moduleIds: readonly string[] };
  readonly module: Module;
  /** The subjects the judge scores in the module, as on the printed sheet. */
  readonly subjectRefs: readonly string[];
  readonly lock: Pick<MarkState, 'submitted' | 'signedOffAt'>;
}

const refuse = <C extends PaperSheetRefusal['code']>(code: C, params: Extract<PaperSheetRefusal, { code: C }>['params']) =>
  ({ ok: false, code, params }) as { readonly ok: false } & PaperSheetRefusal;

/** Whether paper marks may be recorded for this judge and module now (status, role, assignment, locks). */
export function checkPaperSheetTarget(context: PaperSheetContext): PaperResult<object> {
  if (!PAPER_STATUSES.has(context.competitionStatus)) return refuse('competition_not_scoring', { status: context.competitionStatus });
  if (!SCORING_ROLES.has(context.assignment.role)) return refuse('not_a_scorer', {});
  if (!context.assignment.moduleIds.includes(context.module.id)) return refuse('module_not_assigned', {});
  if (context.lock.signedOffAt !== undefined) return refuse('signed_off', {});
  if (context.lock.submitted.has(submittedKeyOf(context.assignment.id, context.module.id))) return refuse('module_submitted', {});
  return { ok: true };
}

/** A new sheet, refused when marks cannot be recorded or another sheet of the same judge × module is still open. */
export function startPaperSheet(
  context: PaperSheetContext,
  input: { readonly id: string; readonly competitionId: string; readonly enteredBy: string; readonly openSheetIds: readonly string[] },
  at: string,
): PaperResult<{ readonly sheet: PaperSheet }> {
  const target = checkPaperSheetTarget(context);
  if (!target.ok) return target;
  const enteredBy = input.enteredBy.trim();
  if (!enteredBy) return refuse('name_required', {});
  const open = input.openSheetIds[0];
  if (open !== undefined) return refuse('open_sheet_exists', { sheetId: open });
  return {
    ok: true,
    sheet: {
      id: input.id,
      version: 1,
      updatedAt: at,
      competitionId: input.competitionId,
      assignmentId: context.assignment.id,
      moduleId: context.module.id,
      status: 'entering',
      enteredBy,
      createdAt: at,
      cells: [],
      rejectedCells: [],
      history: [{ action: 'created', by: enteredBy, at }],
    },
  };
}

function itemOf(context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>, cell: PaperCellRef): Item | undefined {
  if (!context.subjectRefs.includes(cell.subjectRef)) return undefined;
  if (!scoredItemIds(context.module).includes(cell.itemId)) return undefined;
  return context.module.items.find((i) => i.id === cell.itemId);
}

/** Every typed value checked against its item (range, step, options) and the sheet's grid; empty when all are fine. */
export function checkPaperSheetValues(sheet: Pick<PaperSheet, 'cells'>, context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>): PaperSheetRefusal[] {
  const issues: PaperSheetRefusal[] = [];
  for (const cell of sheet.cells) {
    const item = itemOf(context, cell);
    const at = { subjectRef: cell.subjectRef, itemId: cell.itemId };
    if (!item) issues.push({ code: 'unknown_cell', params: at });
    else {
      const issue = validateMarkValue(item, cell.value);
      if (issue) issues.push({ code: 'invalid_value', params: { ...at, issue } });
    }
  }
  return issues;
}

/**
 * Types (or clears, with no value) one cell. The entry person types freely while entering; once the sheet is
 * returned, only the cells the confirmer rejected; while it awaits confirmation or is confirmed, nothing.
 */
export function setPaperCell(
  sheet: PaperSheet,
  context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>,
  cell: PaperCellRef,
  value: MarkValue | undefined,
  at: string,
  note?: string,
): PaperResult<{ readonly sheet: PaperSheet }> {
  if (sheet.status !== 'entering' && sheet.status !== 'returned') return refuse('wrong_status', { status: sheet.status });
  const ref = { subjectRef: cell.subjectRef, itemId: cell.itemId };
  const item = itemOf(context, ref);
  if (!item) return refuse('unknown_cell', ref);
  const key = paperCellKey(ref);
  if (sheet.status === 'returned' && !sheet.rejectedCells.some((c) => paperCellKey(c) === key)) return refuse('cell_not_rejected', ref);
  if (value) {
    const issue = validateMarkValue(item, value);
    if (issue) return refuse('invalid_value', { ...ref, issue });
  }
  const trimmedNote = note?.trim();
  const others = sheet.cells.filter((c) => paperCellKey(c) !== key);
  const cells: PaperCell[] = value ? [...others, { ...ref, value, ...(trimmedNote ? { note: trimmedNote } : {}) }] : others;
  return { ok: true, sheet: { ...sheet, cells: sortCells(cells, context), version: sheet.version + 1, updatedAt: at } };
}

/** The entry person hands the sheet to the confirmer: every value valid, at least one typed. */
export function handOverPaperSheet(sheet: PaperSheet, context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>, at: string): PaperResult<{ readonly sheet: PaperSheet }> {
  if (sheet.status !== 'entering' && sheet.status !== 'returned') return refuse('wrong_status', { status: sheet.status });
  if (sheet.cells.length === 0) return refuse('empty_sheet', {});
  const issue = checkPaperSheetValues(sheet, context)[0];
  if (issue) return { ok: false, ...issue };
  return {
    ok: true,
    sheet: {
      ...sheet,
      status: 'awaiting_confirmation',
      version: sheet.version + 1,
      updatedAt: at,
      history: [...sheet.history, { action: 'handed_over', by: sheet.enteredBy, at }],
    },
  };
}

function checkConfirmer(sheet: PaperSheet, confirmer: string): PaperResult<{ readonly name: string }> {
  if (sheet.status !== 'awaiting_confirmation') return refuse('wrong_status', { status: sheet.status });
  const name = confirmer.trim();
  if (!name) return refuse('name_required', {});
  if (samePersonName(name, sheet.enteredBy)) return refuse('same_person', { name: sheet.enteredBy });
  return { ok: true, name };
}

/**
 * The confirmer rejects: names the cells that do not match the paper (a wrong value, a value typed where the paper
 * is blank, or a blank where the paper has one) and, optionally, why. The sheet goes back to the entry person.
 */
export function rejectPaperSheet(
  sheet: PaperSheet,
  context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>,
  input: { readonly confirmer: string; readonly cells: readonly PaperCellRef[]; readonly reason?: string },
  at: string,
): PaperResult<{ readonly sheet: PaperSheet }> {
  const who = checkConfirmer(sheet, input.confirmer);
  if (!who.ok) return who;
  if (input.cells.length === 0) return refuse('no_cells_named', {});
  const unknown = input.cells.find((c) => !itemOf(context, c));
  if (unknown) return refuse('unknown_cell', { subjectRef: unknown.subjectRef, itemId: unknown.itemId });
  const unique = [...new Map(input.cells.map((c) => [paperCellKey(c), { subjectRef: c.subjectRef, itemId: c.itemId }])).values()];
  const cells = sortCells(unique, context);
  const reason = input.reason?.trim() || undefined;
  const { rejectionReason: _previous, ...rest } = sheet;
  return {
    ok: true,
    sheet: {
      ...rest,
      status: 'returned',
      rejectedCells: cells,
      ...(reason ? { rejectionReason: reason } : {}),
      version: sheet.version + 1,
      updatedAt: at,
      history: [...sheet.history, { action: 'rejected', by: who.name, at, cells, ...(reason ? { reason } : {}) }],
    },
  };
}

/** Cells whose judge already holds another value for the same mark (see the module comment). */
export function findPaperConflicts(sheet: Pick<PaperSheet, 'cells' | 'assignmentId' | 'moduleId'>, marks: readonly Mark[]): PaperCellRef[] {
  const held = marksByCell(sheet, marks);
  return sheet.cells
    .filter((c) => {
      const mark = held.get(paperCellKey(c));
      return mark !== undefined && canonicalJson(mark.value) !== canonicalJson(c.value);
    })
    .map((c) => ({ subjectRef: c.subjectRef, itemId: c.itemId }));
}

export interface PaperConfirmationPlan {
  readonly confirmer: string;
  /** One `set` event per cell that is new, in sheet order, for the master's chain of the assignment. */
  readonly drafts: readonly MarkEventDraft[];
  /** Cells that already hold the same value. */
  readonly unchanged: number;
}

/**
 * What confirming writes: checked again at the moment of confirmation (marks may have arrived since the sheet was
 * handed over). Each new value becomes a `set` event whose reason records the sheet, who typed it in and who
 * confirmed it (see paperSheetReason).
 */
export function planPaperConfirmation(
  sheet: PaperSheet,
  context: PaperSheetContext,
  input: { readonly confirmer: string; readonly marks: readonly Mark[]; readonly deviceId: string; readonly at: string },
): PaperResult<{ readonly plan: PaperConfirmationPlan }> {
  const who = checkConfirmer(sheet, input.confirmer);
  if (!who.ok) return who;
  const target = checkPaperSheetTarget(context);
  if (!target.ok) return target;
  const issue = checkPaperSheetValues(sheet, context)[0];
  if (issue) return { ok: false, ...issue };
  if (sheet.cells.length === 0) return refuse('empty_sheet', {});
  const conflicts = findPaperConflicts(sheet, input.marks);
  if (conflicts.length > 0) return refuse('conflicts', { count: conflicts.length, cells: conflicts });
  const held = marksByCell(sheet, input.marks);
  const fresh = sheet.cells.filter((c) => !held.has(paperCellKey(c)));
  const reason = paperSheetReason({ sheetId: sheet.id, enteredBy: sheet.enteredBy, confirmedBy: who.name });
  const drafts: MarkEventDraft[] = fresh.map((c) => ({
    competitionId: sheet.competitionId,
    assignmentId: sheet.assignmentId,
    deviceId: input.deviceId,
    at: input.at,
    type: 'set',
    moduleId: sheet.moduleId,
    itemId: c.itemId,
    subjectRef: c.subjectRef,
    value: c.value,
    ...(c.note ? { note: c.note } : {}),
    reason,
  }));
  return { ok: true, plan: { confirmer: who.name, drafts, unchanged: sheet.cells.length - fresh.length } };
}

/**
 * Whether a sheet may be thrown away (started for the wrong judge or module, or typed from the wrong paper): only
 * before it is confirmed, since until then it recorded no mark. A confirmed sheet stays as the evidence of its events.
 */
export function checkPaperSheetDiscard(sheet: Pick<PaperSheet, 'status'>): PaperResult<object> {
  return sheet.status === 'confirmed' ? refuse('wrong_status', { status: sheet.status }) : { ok: true };
}

/** The sheet once its events are in the chain. */
export function confirmPaperSheet(sheet: PaperSheet, plan: PaperConfirmationPlan, eventIds: readonly string[], at: string): PaperSheet {
  return {
    ...sheet,
    status: 'confirmed',
    confirmedBy: plan.confirmer,
    confirmedAt: at,
    eventIds: [...eventIds],
    unchangedCells: plan.unchanged,
    version: sheet.version + 1,
    updatedAt: at,
    history: [...sheet.history, { action: 'confirmed', by: plan.confirmer, at }],
  };
}

const REASON_PREFIX = 'paper-sheet:';

export interface PaperSheetProvenance {
  readonly sheetId: string;
  readonly enteredBy: string;
  readonly confirmedBy: string;
}

/**
 * The reason written on each event of a confirmed sheet: a fixed prefix and JSON, so the audit log can show it in
 * the reader's language and the provenance survives in score data exported with the log.
 */
export function paperSheetReason(provenance: PaperSheetProvenance): string {
  return REASON_PREFIX + JSON.stringify({ sheet: provenance.sheetId, enteredBy: provenance.enteredBy, confirmedBy: provenance.confirmedBy });
}

/** The provenance in an event's reason, if it came from a paper sheet. */
export function parsePaperSheetReason(reason: string | undefined): PaperSheetProvenance | undefined {
  if (!reason?.startsWith(REASON_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(reason.slice(REASON_PREFIX.length)) as Record<string, unknown>;
    const { sheet, enteredBy, confirmedBy } = parsed;
    return typeof sheet === 'string' && typeof enteredBy === 'string' && typeof confirmedBy === 'string' ? { sheetId: sheet, enteredBy, confirmedBy } : undefined;
  } catch {
    return undefined;
  }
}

function marksByCell(sheet: Pick<PaperSheet, 'assignmentId' | 'moduleId'>, marks: readonly Mark[]): Map<string, Mark> {
  return new Map(marks.filter((m) => m.assignmentId === sheet.assignmentId && m.moduleId === sheet.moduleId).map((m) => [paperCellKey(m), m]));
}

/** Sheet order: subjects as on the printed sheet, items in rubric order. */
function sortCells<T extends PaperCellRef>(cells: readonly T[], context: Pick<PaperSheetContext, 'module' | 'subjectRefs'>): T[] {
  const row = new Map(context.subjectRefs.map((ref, i) => [ref, i]));
  const col = new Map(context.module.items.map((item, i) => [item.id, i]));
  return [...cells].sort((a, b) => (row.get(a.subjectRef) ?? 0) - (row.get(b.subjectRef) ?? 0) || (col.get(a.itemId) ?? 0) - (col.get(b.itemId) ?? 0));
}
