import { describe, expect, it } from 'vitest';
import type { Competition, CompetitionStatus, Entry, JudgeAssignment } from '../../domain';
import { counterIds } from '../testing/ids';
import { buildTheoryPracticalCombinedRubric } from '../templates/theoryPracticalCombined';
import { nextStatusCheck, type StatusCheckContext } from './nextStatusCheck';

const rubric = buildTheoryPracticalCombinedRubric(counterIds('r'));
const [theory, practical] = rubric.parts;
const practicalModuleIds = practical!.modules.map((m) => m.id);

function competition(status: CompetitionStatus, extra: Partial<Competition> = {}) {
  return { status, rubric, drawSeed: 'ab'.repeat(16), ...extra };
}

type EntryLike = StatusCheckContext['entries'][number];
const drawnEntry = (id: string, status: Entry['status'] = 'registered'): EntryLike => ({ id, status, drawOrder: 1 });
const judge = (id: string, role: JudgeAssignment['role'], moduleIds: string[]) => ({ id, role, moduleIds, pinHash: 'f'.repeat(64) });

const ready: StatusCheckContext = {
  entries: [drawnEntry('e1'), drawnEntry('e2', 'checked_in'), { id: 'e3', status: 'withdrawn' }],
  judges: [judge('chief', 'chief', []), judge('j1', 'judge', practicalModuleIds)],
};

describe('nextStatusCheck', () => {
  describe('forward, one step at a time', () => {
    it('draft → registration needs a rubric with no issues', () => {
      expect(nextStatusCheck(competition('draft'), ready, 'registration')).toEqual({ ok: true, effects: [] });
      const broken = { ...rubric, parts: [{ ...theory!, weightPercent: 40 }, practical!] };
      expect(nextStatusCheck(competition('draft', { rubric: broken }), ready, 'registration')).toEqual({
        ok: false,
        reasons: [{ code: 'rubric_invalid', params: { issueCount: 1 } }],
      });
    });

    it('registration → drawn needs an active entry, a seed and every active entry drawn', () => {
      expect(nextStatusCheck(competition('registration'), ready, 'drawn')).toEqual({ ok: true, effects: [] });
      const none = { ...ready, entries: [{ id: 'e3', status: 'withdrawn' as const }] };
      expect(nextStatusCheck(competition('registration', { drawSeed: undefined }), none, 'drawn')).toEqual({
        ok: false,
        reasons: [{ code: 'no_active_entries' }, { code: 'no_draw_seed' }],
      });
      const late = { ...ready, entries: [...ready.entries, { id: 'e4', status: 'registered' as const }] };
      expect(nextStatusCheck(competition('registration'), late, 'drawn')).toEqual({
        ok: false,
        reasons: [{ code: 'entries_not_drawn', params: { count: 1 } }],
      });
    });

    it('drawn → scoring needs a judge on every judged module, a chief judge and PINs', () => {
      expect(nextStatusCheck(competition('drawn'), ready, 'scoring')).toEqual({ ok: true, effects: [] });
      const thin = {
        ...ready,
        judges: [{ ...judge('j1', 'judge', practicalModuleIds.slice(1)), pinHash: undefined }, judge('enc', 'encryption', ['m-gone'])],
      };
      expect(nextStatusCheck(competition('drawn'), thin, 'scoring')).toEqual({
        ok: false,
        reasons: [
          { code: 'module_without_judge', params: { partId: practical!.id, moduleId: practicalModuleIds[0]! } },
          { code: 'no_chief_judge' },
          { code: 'judge_without_pin', params: { assignmentId: 'j1' } },
          { code: 'assignment_unknown_module', params: { assignmentId: 'enc', moduleId: 'm-gone' } },
        ],
      });
    });

    it('does not ask for a judge on the imported theory module', () => {
      const result = nextStatusCheck(competition('drawn'), ready, 'scoring');
      expect(result.ok).toBe(true);
      expect(ready.judges.some((j) => j.moduleIds.includes(theory!.modules[0]!.id))).toBe(false);
    });

    it('scoring → review → published → archived, publishing only with no open appeal', () => {
      expect(nextStatusCheck(competition('scoring'), ready, 'review')).toEqual({ ok: true, effects: [] });
      expect(nextStatusCheck(competition('review'), ready, 'published')).toEqual({ ok: true, effects: ['create_publication'] });
      expect(nextStatusCheck(competition('review'), { ...ready, openAppeals: 2 }, 'published')).toEqual({
        ok: false,
        reasons: [{ code: 'open_appeals', params: { count: 2 } }],
      });
      expect(nextStatusCheck(competition('published'), ready, 'archived')).toEqual({ ok: true, effects: [] });
    });

    it('refuses to skip a step', () => {
      expect(nextStatusCheck(competition('draft'), ready, 'drawn')).toEqual({
        ok: false,
        reasons: [{ code: 'transition_not_allowed', params: { from: 'draft', to: 'drawn' } }],
      });
    });
  });

  describe('back, only where it makes sense', () => {
    it('drawn → registration clears the draw', () => {
      expect(nextStatusCheck(competition('drawn'), ready, 'registration')).toEqual({ ok: true, effects: ['clear_draw'] });
    });

    it('registration → draft and review → scoring are allowed', () => {
      expect(nextStatusCheck(competition('registration'), ready, 'draft')).toEqual({ ok: true, effects: [] });
      expect(nextStatusCheck(competition('review'), ready, 'scoring')).toEqual({ ok: true, effects: [] });
    });

    it('scoring → drawn only before any mark', () => {
      expect(nextStatusCheck(competition('scoring'), ready, 'drawn')).toEqual({ ok: true, effects: [] });
      expect(nextStatusCheck(competition('scoring'), { ...ready, marksRecorded: 12 }, 'drawn')).toEqual({
        ok: false,
        reasons: [{ code: 'marks_recorded', params: { count: 12 } }],
      });
    });

    it('published results stay frozen and archived is final', () => {
      expect(nextStatusCheck(competition('published'), ready, 'review')).toEqual({
        ok: false,
        reasons: [{ code: 'transition_not_allowed', params: { from: 'published', to: 'review' } }],
      });
      expect(nextStatusCheck(competition('archived'), ready, 'published')).toEqual({ ok: false, reasons: [{ code: 'archived_is_final' }] });
      expect(nextStatusCheck(competition('scoring'), ready, 'scoring')).toEqual({ ok: false, reasons: [{ code: 'same_status' }] });
    });
  });
});
