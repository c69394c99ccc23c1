/**
 * Paper score sheets on the master (paper fallback, shared/judging/paper): typed in by one person, confirmed or
 * rejected by another. Each step re-reads the sheet and what the rules need in one transaction; confirming
 * appends the sheet's `set` events to the master's chain of the judge's assignment through the marks repository
 * and records the confirmation in the same transaction, so either both land or neither does.
 */
import type { MarkValue } from '../../../shared/domain';
import {
  checkPaperSheetDiscard,
  confirmPaperSheet,
  handOverPaperSheet,
  isOpenPaperSheet,
  planPaperConfirmation,
  rejectPaperSheet,
  setPaperCell,
  startPaperSheet,
  subjectsForModule,
  type PaperCellRef,
  type PaperResult,
  type PaperSheet,
  type PaperSheetContext,
  type PaperSheetRefusal,
} from '../../../shared/judging';
import type { JiangxinDatabase } from '../database';
import { createMarksRepository } from './marksRepository';
import { newId } from './recordMeta';

export type PaperSheetResult =
  | { readonly ok: true; readonly sheet: PaperSheet }
  | ({ readonly ok: false } & (PaperSheetRefusal | { readonly code: 'not_found'; readonly params: Record<string, never> }));

const notFound = { ok: false, code: 'not_found', params: {} } as const;

export function createPaperSheetsRepository(db: JiangxinDatabase) {
  const marks = createMarksRepository(db);
  const contextTables = [db.paperSheets, db.competitions, db.judges, db.entries, db.sealedMaps, db.markEvents, db.marks];

  /** What the rules need about a judge × module, read inside the caller's transaction. */
  async function contextOf(competitionId: string, assignmentId: string, moduleId: string): Promise<PaperSheetContext | undefined> {
    const [competition, assignment, entries, sealedMap, lock] = await Promise.all([
      db.competitions.get(competitionId),
      db.judges.get(assignmentId),
      db.entries.where('competitionId').equals(competitionId).toArray(),
      db.sealedMaps.get(competitionId),
      marks.lockState(competitionId),
    ]);
    const module = competition?.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === moduleId);
    if (!competition || !assignment || assignment.competitionId !== competitionId || !module) return undefined;
    return {
      competitionStatus: competition.status,
      assignment,
      module,
      subjectRefs: subjectsForModule(module, entries, assignment.stations, sealedMap?.codes ?? []).map((s) => s.ref),
      lock,
    };
  }

  /** Applies one rule to a stored sheet and saves the result, in one transaction. */
  function step(sheetId: string, rule: (sheet: PaperSheet, context: PaperSheetContext, at: string) => PaperResult<{ readonly sheet: PaperSheet }>, now: Date): Promise<PaperSheetResult> {
    return db.transaction('rw', contextTables, async (): Promise<PaperSheetResult> => {
      const sheet = await db.paperSheets.get(sheetId);
      if (!sheet) return notFound;
      const context = await contextOf(sheet.competitionId, sheet.assignmentId, sheet.moduleId);
      if (!context) return notFound;
      const result = rule(sheet, context, now.toISOString());
      if (result.ok) await db.paperSheets.put(result.sheet);
      return result;
    });
  }

  return {
    sheetsOf: (competitionId: string) => db.paperSheets.where('competitionId').equals(competitionId).toArray(),
    get: (sheetId: string) => db.paperSheets.get(sheetId),

    /** The judge × module a sheet is for, as the rules see it: subjects, locks, status. */
    contextOf: (competitionId: string, assignmentId: string, moduleId: string) => contextOf(competitionId, assignmentId, moduleId),

    /** Starts a sheet; refused while another sheet of the same judge × module is open. */
    start(input: { competitionId: string; assignmentId: string; moduleId: string; enteredBy: string }, now = new Date()): Promise<PaperSheetResult> {
      return db.transaction('rw', contextTables, async (): Promise<PaperSheetResult> => {
        const context = await contextOf(input.competitionId, input.assignmentId, input.moduleId);
        if (!context) return notFound;
        const open = (await db.paperSheets.where('[competitionId+assignmentId+moduleId]').equals([input.competitionId, input.assignmentId, input.moduleId]).toArray()).filter(isOpenPaperSheet);
        const result = startPaperSheet(context, { id: newId(), competitionId: input.competitionId, enteredBy: input.enteredBy, openSheetIds: open.map((s) => s.id) }, now.toISOString());
        if (result.ok) await db.paperSheets.add(result.sheet);
        return result;
      });
    },

    /** Types (or, with no value, clears) one cell. */
    setCell: (sheetId: string, cell: PaperCellRef, value: MarkValue | undefined, note?: string, now = new Date()) =>
      step(sheetId, (sheet, context, at) => setPaperCell(sheet, context, cell, value, at, note), now),

    handOver: (sheetId: string, now = new Date()) => step(sheetId, (sheet, context, at) => handOverPaperSheet(sheet, context, at), now),

    reject: (sheetId: string, input: { confirmer: string; cells: readonly PaperCellRef[]; reason?: string }, now = new Date()) =>
      step(sheetId, (sheet, context, at) => rejectPaperSheet(sheet, context, input, at), now),

    /** Throws away a sheet that recorded nothing yet (not confirmed). */
    discard(sheetId: string): Promise<PaperSheetResult> {
      return db.transaction('rw', db.paperSheets, async (): Promise<PaperSheetResult> => {
        const sheet = await db.paperSheets.get(sheetId);
        if (!sheet) return notFound;
        const check = checkPaperSheetDiscard(sheet);
        if (!check.ok) return check;
        await db.paperSheets.delete(sheetId);
        return { ok: true, sheet };
      });
    },

    /**
     * Confirms: checks again (confirmer, locks, values, conflicts with marks that arrived meanwhile), appends one
     * `set` event per new value to this device's chain of the judge's assignment, and marks the sheet confirmed.
     */
    async confirm(sheetId: string, confirmer: string, now = new Date()): Promise<PaperSheetResult> {
      // The device key is made on first use, outside this transaction's tables.
      const { deviceId } = await marks.deviceKey();
      return db.transaction('rw', contextTables, async (): Promise<PaperSheetResult> => {
        const sheet = await db.paperSheets.get(sheetId);
        if (!sheet) return notFound;
        const context = await contextOf(sheet.competitionId, sheet.assignmentId, sheet.moduleId);
        if (!context) return notFound;
        const at = now.toISOString();
        const held = await marks.marksOfAssignment(sheet.competitionId, sheet.assignmentId);
        const planned = planPaperConfirmation(sheet, context, { confirmer, marks: held, deviceId, at });
        if (!planned.ok) return planned;
        const eventIds: string[] = [];
        for (const draft of planned.plan.drafts) eventIds.push((await marks.append(draft)).id);
        const confirmed = confirmPaperSheet(sheet, planned.plan, eventIds, at);
        await db.paperSheets.put(confirmed);
        return { ok: true, sheet: confirmed };
      });
    },
  };
}

export type PaperSheetsRepository = ReturnType<typeof createPaperSheetsRepository>;
