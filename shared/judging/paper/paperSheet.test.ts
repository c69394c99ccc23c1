import { describe, expect, it } from 'vitest';
import type { JudgeRole, Mark } from '../../domain';
import { chainMarkEvent, verifyMarkChain } from '../markChain';
import { replayMarkEvents } from '../replayMarkEvents';
import { FIXTURE_COMPETITION_ID as C, judgingRubric, setEvents } from '../testing/judgingFixture';
import { paperSheetSchema, samePersonName, type PaperSheet } from './paperSheet';
import {
  checkPaperSheetDiscard,
  checkPaperSheetValues,
  confirmPaperSheet,
  findPaperConflicts,
  handOverPaperSheet,
  parsePaperSheetReason,
  planPaperConfirmation,
  rejectPaperSheet,
  setPaperCell,
  startPaperSheet,
  type PaperSheetContext,
} from './paperSheetRules';

const module = judgingRubric().parts[0]!.modules[0]!;
const T0 = '2024-05-17T10:00:00.000Z';
const T1 = '2024-05-17T10:05:00.000Z';
const T2 = '2024-05-17T10:09:00.000Z';
const noLock = { submitted: new Map<string, string>(), signedOffAt: undefined };

function context(overrides: Partial<PaperSheetContext> = {}, role: JudgeRole = 'judge'): PaperSheetContext {
  return {
    competitionStatus: 'scoring',
    assignment: { id: 'as-1', role, moduleIds: ['mod-a'] },
    module,
    subjectRefs: ['order:1', 'order:2'],
    lock: noLock,
    ...overrides,
  };
}

function ok<R extends { readonly ok: boolean }>(result: R): Extract<R, { readonly ok: true }> {
  if (!result.ok) throw new Error(`refused: ${(result as { code?: string }).code}`);
  return result as Extract<R, { readonly ok: true }>;
}

function started(): PaperSheet {
  return ok(startPaperSheet(context(), { id: 'sheet-1', competitionId: C, enteredBy: ' 张三 ', openSheetIds: [] }, T0)).sheet;
}

/** A sheet typed in with three values (one of them wrong on purpose) and handed over. */
function typedIn(): PaperSheet {
  let sheet = started();
  sheet = ok(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 3 }, T0)).sheet;
  sheet = ok(setPaperCell(sheet, context(), { subjectRef: 'order:2', itemId: 'it-points' }, { kind: 'points', points: 7.5 }, T0, '动作稳')).sheet;
  sheet = ok(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-met' }, { kind: 'met', met: false }, T0)).sheet;
  return ok(handOverPaperSheet(sheet, context(), T1)).sheet;
}

describe('paper score sheets (double entry)', () => {
  it('starts a sheet for one judge × module, named after the person typing it in', () => {
    const sheet = started();
    expect(sheet).toMatchObject({ status: 'entering', enteredBy: '张三', assignmentId: 'as-1', moduleId: 'mod-a', cells: [] });
    expect(paperSheetSchema.parse(sheet)).toEqual(sheet);
  });

  it('refuses a sheet when marks cannot be recorded for that judge and module', () => {
    const start = (ctx: PaperSheetContext, enteredBy = '张三', openSheetIds: string[] = []) =>
      startPaperSheet(ctx, { id: 's', competitionId: C, enteredBy, openSheetIds }, T0);
    expect(start(context({ competitionStatus: 'drawn' }))).toMatchObject({ ok: false, code: 'competition_not_scoring' });
    expect(start(context({}, 'scorer'))).toMatchObject({ ok: false, code: 'not_a_scorer' });
    expect(start(context({ assignment: { id: 'as-1', role: 'judge', moduleIds: ['mod-b'] } }))).toMatchObject({ ok: false, code: 'module_not_assigned' });
    expect(start(context({ lock: { submitted: new Map([['as-1|mod-a', T0]]), signedOffAt: undefined } }))).toMatchObject({ ok: false, code: 'module_submitted' });
    expect(start(context({ lock: { submitted: new Map(), signedOffAt: T0 } }))).toMatchObject({ ok: false, code: 'signed_off' });
    expect(start(context(), '  ')).toMatchObject({ ok: false, code: 'name_required' });
    expect(start(context(), '张三', ['sheet-open'])).toMatchObject({ ok: false, code: 'open_sheet_exists', params: { sheetId: 'sheet-open' } });
    expect(start(context({ competitionStatus: 'review' })).ok).toBe(true);
  });

  it('checks every value with the grid rules, and only cells of the printed sheet', () => {
    const sheet = started();
    expect(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 4 }, T0)).toMatchObject({ ok: false, code: 'invalid_value', params: { issue: { code: 'out_of_range' } } });
    expect(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-points' }, { kind: 'points', points: 7.555 }, T0)).toMatchObject({ ok: false, code: 'invalid_value', params: { issue: { code: 'bad_step' } } });
    expect(setPaperCell(sheet, context(), { subjectRef: 'order:9', itemId: 'it-level' }, { kind: 'level', level: 1 }, T0)).toMatchObject({ ok: false, code: 'unknown_cell' });
    expect(checkPaperSheetValues({ cells: [{ subjectRef: 'order:1', itemId: 'it-met', value: { kind: 'level', level: 1 } }] }, context())).toEqual([
      { code: 'invalid_value', params: { subjectRef: 'order:1', itemId: 'it-met', issue: { code: 'wrong_kind', params: { expected: 'met' } } } },
    ]);
  });

  it('keeps cells in sheet order, clears a cell when typed blank, and refuses to hand over an empty sheet', () => {
    const sheet = typedIn();
    expect(sheet.status).toBe('awaiting_confirmation');
    expect(sheet.cells.map((c) => `${c.subjectRef}/${c.itemId}`)).toEqual(['order:1/it-level', 'order:1/it-met', 'order:2/it-points']);
    const blank = ok(setPaperCell(started(), context(), { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 1 }, T0)).sheet;
    const cleared = ok(setPaperCell(blank, context(), { subjectRef: 'order:1', itemId: 'it-level' }, undefined, T0)).sheet;
    expect(cleared.cells).toEqual([]);
    expect(handOverPaperSheet(cleared, context(), T1)).toMatchObject({ ok: false, code: 'empty_sheet' });
  });

  it('lets nobody edit a sheet awaiting confirmation: the confirmer can only confirm or reject', () => {
    const sheet = typedIn();
    expect(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 2 }, T1)).toMatchObject({ ok: false, code: 'wrong_status' });
  });

  it('needs a confirmer other than the person who typed the sheet in', () => {
    const sheet = typedIn();
    for (const name of ['张三', ' 张 三 ', '张三\u3000']) {
      expect(rejectPaperSheet(sheet, context(), { confirmer: name, cells: [{ subjectRef: 'order:1', itemId: 'it-met' }] }, T1)).toMatchObject({ ok: false, code: 'same_person' });
      expect(planPaperConfirmation(sheet, context(), { confirmer: name, marks: [], deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'same_person' });
    }
    expect(planPaperConfirmation(sheet, context(), { confirmer: '', marks: [], deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'name_required' });
    expect(samePersonName('Zhang San', 'ＺＨＡＮＧ san')).toBe(true);
    expect(samePersonName('张三', '李四')).toBe(false);
  });

  it('sends a rejected sheet back with the cells named; the entry person corrects only those', () => {
    const rejected = rejectPaperSheet(typedIn(), context(), { confirmer: '李四', cells: [{ subjectRef: 'order:1', itemId: 'it-met' }, { subjectRef: 'order:2', itemId: 'it-level' }], reason: ' 纸上为达标 ' }, T1);
    const sheet = ok(rejected).sheet;
    expect(sheet).toMatchObject({ status: 'returned', rejectionReason: '纸上为达标', rejectedCells: [{ subjectRef: 'order:1', itemId: 'it-met' }, { subjectRef: 'order:2', itemId: 'it-level' }] });
    expect(sheet.history.at(-1)).toMatchObject({ action: 'rejected', by: '李四', reason: '纸上为达标' });
    expect(rejectPaperSheet(typedIn(), context(), { confirmer: '李四', cells: [] }, T1)).toMatchObject({ ok: false, code: 'no_cells_named' });

    expect(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 0 }, T1)).toMatchObject({ ok: false, code: 'cell_not_rejected' });
    const corrected = ok(setPaperCell(sheet, context(), { subjectRef: 'order:1', itemId: 'it-met' }, { kind: 'met', met: true }, T1)).sheet;
    const again = ok(handOverPaperSheet(corrected, context(), T1)).sheet;
    expect(again.status).toBe('awaiting_confirmation');
    expect(again.cells.find((c) => c.itemId === 'it-met')?.value).toEqual({ kind: 'met', met: true });
  });

  it('turns a confirmed sheet into set events on the master chain, with who typed and who confirmed', () => {
    const sheet = typedIn();
    const { plan } = ok(planPaperConfirmation(sheet, context(), { confirmer: ' 李四', marks: [], deviceId: 'master', at: T2 }));
    expect(plan.drafts).toHaveLength(3);
    expect(plan.drafts[0]).toMatchObject({ competitionId: C, assignmentId: 'as-1', deviceId: 'master', type: 'set', moduleId: 'mod-a', itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 3 } });
    expect(plan.drafts[2]).toMatchObject({ note: '动作稳' });
    expect(parsePaperSheetReason(plan.drafts[0]!.reason)).toEqual({ sheetId: 'sheet-1', enteredBy: '张三', confirmedBy: '李四' });
    expect(parsePaperSheetReason('现场复测')).toBeUndefined();

    // Through the ordinary chain code, after what the chain already holds: it verifies and the marks view has them.
    const before = setEvents([], { competitionId: C, assignmentId: 'as-1', deviceId: 'master' }, [{ itemId: 'it-time', subjectRef: 'order:2', value: { kind: 'seconds', seconds: 600 } }]);
    const chain = plan.drafts.reduce((events, draft) => [...events, chainMarkEvent(events.at(-1), draft)], before);
    expect(verifyMarkChain(chain)).toEqual([]);
    expect(replayMarkEvents(chain).marks).toHaveLength(4);

    const done = confirmPaperSheet(sheet, plan, chain.slice(1).map((e) => e.id), T2);
    expect(done).toMatchObject({ status: 'confirmed', confirmedBy: '李四', confirmedAt: T2, unchangedCells: 0 });
    expect(paperSheetSchema.parse(done)).toEqual(done);
    expect(planPaperConfirmation(done, context(), { confirmer: '李四', marks: [], deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'wrong_status' });
    expect(checkPaperSheetDiscard(sheet).ok).toBe(true);
    expect(checkPaperSheetDiscard(done)).toMatchObject({ ok: false, code: 'wrong_status' });
  });

  it('never overwrites a mark the judge already has: same value is unchanged, another value is a conflict', () => {
    const sheet = typedIn();
    const marks = replayMarkEvents(
      setEvents([], { competitionId: C, assignmentId: 'as-1', deviceId: 'laptop' }, [
        { itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 3 } },
        { itemId: 'it-met', subjectRef: 'order:1', value: { kind: 'met', met: true } },
      ]),
    ).marks;
    expect(findPaperConflicts(sheet, marks)).toEqual([{ subjectRef: 'order:1', itemId: 'it-met' }]);
    expect(planPaperConfirmation(sheet, context(), { confirmer: '李四', marks, deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'conflicts', params: { count: 1 } });

    // Another judge's mark on the same cell is no conflict.
    const otherJudge: Mark[] = marks.map((m) => ({ ...m, assignmentId: 'as-2' }));
    expect(findPaperConflicts(sheet, otherJudge)).toEqual([]);

    const sameOnly = marks.filter((m) => m.itemId === 'it-level');
    const { plan } = ok(planPaperConfirmation(sheet, context(), { confirmer: '李四', marks: sameOnly, deviceId: 'master', at: T2 }));
    expect(plan.unchanged).toBe(1);
    expect(plan.drafts.map((d) => d.itemId)).toEqual(['it-met', 'it-points']);
  });

  it('refuses to confirm once the judge submitted the module or the chief judge signed off', () => {
    const sheet = typedIn();
    const submitted = context({ lock: { submitted: new Map([['as-1|mod-a', T1]]), signedOffAt: undefined } });
    expect(planPaperConfirmation(sheet, submitted, { confirmer: '李四', marks: [], deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'module_submitted' });
    const signed = context({ lock: { submitted: new Map(), signedOffAt: T1 } });
    expect(planPaperConfirmation(sheet, signed, { confirmer: '李四', marks: [], deviceId: 'master', at: T2 })).toMatchObject({ ok: false, code: 'signed_off' });
  });
});
