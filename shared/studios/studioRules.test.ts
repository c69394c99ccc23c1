import { describe, expect, it } from 'vitest';
import type { Project, ReviewScorecard } from '../domain';
import { checkGateDecision, decisionForMove, heldStage } from './checkGateDecision';
import { studioFundYear, withFund } from './fundLedger';
import { fenToYuanText, parseYuanToFen } from './money';
import { annualFeeReminders, patentExpiresOn, patentStateOn, termYearOn } from './patentTerm';
import { isProjectReadOnly } from './projectStages';
import { scoreReview } from './scoreReview';

const card = (scores: Record<string, number>[], passMark = 60): ReviewScorecard => ({
  criteria: [
    { id: 'a', label: '创新性', weight: 30, max: 10 },
    { id: 'b', label: '可行性', weight: 25, max: 10 },
    { id: 'c', label: '效益', weight: 30, max: 10 },
    { id: 'd', label: '团队', weight: 15, max: 10 },
  ],
  passMark,
  minReviewers: 3,
  reviewers: scores.map((s, i) => ({ id: `r${i}`, name: `评审${i + 1}`, scores: s, comment: '' })),
});

const project = (stage: Project['stage'], extra: Partial<Project> = {}): Pick<Project, 'stage' | 'gates' | 'review'> => ({ stage, gates: [], ...extra });
const go = { decision: 'go' as const, by: '张工', at: '2024-05-01', note: '' };

describe('review scorecard', () => {
  it('aggregates several reviewers exactly, rounded half-up once', () => {
    const score = scoreReview(card([{ a: 8, b: 7, c: 9, d: 6 }, { a: 7, b: 7, c: 8, d: 7 }, { a: 9, b: 6, c: 8, d: 8 }]));
    // means 8, 6.666…, 8.333…, 7 → 30·0.8 + 25·0.6666… + 30·0.8333… + 15·0.7 = 24 + 16.666… + 25 + 10.5 = 76.1666…
    expect(score.totalHundredths).toBe(7617);
    expect(score.criterionMeans.map((m) => m.meanHundredths)).toEqual([800, 667, 833, 700]);
    expect(score.outcome.code).toBe('passed');
  });

  it('needs three complete reviewers and the pass mark', () => {
    expect(scoreReview(card([{ a: 8, b: 7, c: 9, d: 6 }, { a: 7, b: 7, c: 8, d: 7 }])).outcome).toEqual({ code: 'too_few_reviewers', params: { have: 2, need: 3 } });
    expect(scoreReview(card([{ a: 8, b: 7, c: 9, d: 6 }, { a: 7 }, { a: 1, b: 1, c: 1, d: 1 }])).outcome.code).toBe('incomplete');
    expect(scoreReview(card([{ a: 5, b: 5, c: 5, d: 5 }, { a: 5, b: 5, c: 5, d: 5 }, { a: 6, b: 5, c: 5, d: 5 }])).outcome).toEqual({ code: 'below_pass_mark', params: { totalHundredths: 5100, passMark: 60 } });
    expect(scoreReview(card([{ a: 11, b: 5, c: 5, d: 5 }])).outcome.code).toBe('above_max');
    const bad = card([]);
    expect(scoreReview({ ...bad, criteria: bad.criteria.slice(1) }).outcome).toEqual({ code: 'weights_not_100', params: { sum: 70 } });
  });
});

describe('stage gates', () => {
  it('goes one stage at a time, recording who, when and why', () => {
    const check = checkGateDecision(project('proposal'), go);
    expect(check).toEqual({ ok: true, skipped: [], gate: { from: 'proposal', to: 'review', decision: 'go', at: '2024-05-01', note: '', by: '张工' } });
    expect(checkGateDecision(project('proposal'), { ...go, by: ' ' })).toMatchObject({ ok: false, code: 'missing_who' });
  });

  it('leaves review only with a passing scorecard', () => {
    expect(checkGateDecision(project('review'), go)).toMatchObject({ ok: false, code: 'review_not_passed', params: { code: 'no_scorecard' } });
    const passing = card([{ a: 8, b: 7, c: 9, d: 6 }, { a: 7, b: 7, c: 8, d: 7 }, { a: 9, b: 6, c: 8, d: 8 }]);
    expect(checkGateDecision(project('review', { review: passing }), go)).toMatchObject({ ok: true, gate: { to: 'approved' } });
    expect(checkGateDecision(project('proposal'), { ...go, to: 'approved', note: 'urgent' })).toMatchObject({ ok: false, code: 'review_required' });
  });

  it('asks a reason when a go skips stages, and lists them', () => {
    expect(checkGateDecision(project('in_progress'), { ...go, to: 'completed' })).toMatchObject({ ok: false, code: 'missing_reason' });
    expect(checkGateDecision(project('in_progress'), { ...go, to: 'completed', note: '试用在研制中完成' })).toMatchObject({ ok: true, skipped: ['trial'] });
    expect(checkGateDecision(project('trial'), { ...go, to: 'approved' })).toMatchObject({ ok: false, code: 'wrong_direction' });
    expect(checkGateDecision(project('rolled_out'), go)).toMatchObject({ ok: false, code: 'final_stage' });
  });

  it('kills, holds, resumes and recycles', () => {
    expect(checkGateDecision(project('trial'), { ...go, decision: 'kill' })).toMatchObject({ ok: false, code: 'missing_reason' });
    expect(checkGateDecision(project('trial'), { ...go, decision: 'kill', note: '效果不达标' })).toMatchObject({ ok: true, gate: { to: 'rejected' } });
    const held = project('on_hold', { gates: [{ from: 'trial', to: 'on_hold', decision: 'hold', at: '2024-01-01', note: '待设备' }] });
    expect(heldStage(held)).toBe('trial');
    expect(checkGateDecision(held, go)).toMatchObject({ ok: true, gate: { from: 'on_hold', to: 'trial' } });
    expect(checkGateDecision(project('rejected'), go)).toMatchObject({ ok: false, code: 'closed' });
    expect(checkGateDecision(project('rejected'), { ...go, decision: 'recycle', note: '重新申报' })).toMatchObject({ ok: true, gate: { to: 'proposal' } });
    expect(checkGateDecision(project('proposal'), { ...go, decision: 'recycle', note: 'x' })).toMatchObject({ ok: false, code: 'wrong_direction' });
  });

  it('reads a board move as a decision, and keeps reviewed projects read-only', () => {
    expect(decisionForMove('in_progress', 'completed')).toEqual({ decision: 'go', to: 'completed' });
    expect(decisionForMove('trial', 'approved')).toEqual({ decision: 'recycle', to: 'approved' });
    expect(decisionForMove('trial', 'on_hold')).toEqual({ decision: 'hold' });
    expect(decisionForMove('trial', 'rejected')).toEqual({ decision: 'kill' });
    expect(isProjectReadOnly({ stage: 'review' })).toBe(true);
    expect(isProjectReadOnly({ stage: 'approved' })).toBe(false);
  });
});

describe('patent term and annual fees', () => {
  it('runs 20 years for an invention and 10 for a utility model, from filing', () => {
    expect(patentExpiresOn('invention_patent', '2020-03-15')).toBe('2040-03-14');
    expect(patentExpiresOn('utility_model', '2020-03-15')).toBe('2030-03-14');
    expect(patentExpiresOn('design_patent', '2021-06-01')).toBe('2036-05-31');
    expect(patentExpiresOn('design_patent', '2021-05-31')).toBe('2031-05-30');
    expect(patentExpiresOn('utility_model', '2020-02-29')).toBe('2030-02-28');
  });

  it('lists the annual fees after the year of grant, each with a reminder date', () => {
    const patent = { filedOn: '2022-04-10', grantedOn: '2023-01-20', status: 'granted' as const };
    expect(termYearOn('2022-04-10', '2023-01-20')).toBe(1);
    const fees = annualFeeReminders('utility_model', patent);
    expect(fees).toHaveLength(9);
    expect(fees[0]).toEqual({ termYear: 2, dueOn: '2023-04-10', remindOn: '2023-02-09', graceEndsOn: '2023-10-10' });
    expect(fees.at(-1)?.dueOn).toBe('2031-04-10');
    expect(annualFeeReminders('utility_model', { ...patent, feesPaidThroughYear: 3 })[0]?.termYear).toBe(4);
    expect(annualFeeReminders('utility_model', { ...patent, status: 'applied' })).toEqual([]);
  });

  it('says where a patent stands on a day', () => {
    const patent = { filedOn: '2022-04-10', grantedOn: '2023-01-20', status: 'granted' as const, feesPaidThroughYear: 2 };
    expect(patentStateOn('utility_model', patent, '2024-01-01').code).toBe('in_force');
    expect(patentStateOn('utility_model', patent, '2024-03-01').code).toBe('fee_due_soon');
    expect(patentStateOn('utility_model', patent, '2024-04-11').code).toBe('fee_overdue');
    expect(patentStateOn('utility_model', patent, '2032-04-10').code).toBe('expired');
  });
});

describe('innovation fund', () => {
  const p = (id: string, extra: Partial<Project>) => ({ id, startDate: '2024-02-01', budgetFen: 0, spentFen: 0, ...extra });

  it('adds budget, allocations and spending in exact fen', () => {
    const studio = { fundBudgets: [{ year: 2024, budgetFen: 50_000_00 }] };
    const a = withFund(p('a', {}), { allocations: [{ id: '1', year: 2024, amountFen: 20_000_10, note: '' }], spending: [{ id: 's', date: '2024-06-01', amountFen: 12_345_67, note: '' }] });
    const b = p('b', { budgetFen: 35_000_00, spentFen: 36_000_00 });
    expect(a.budgetFen).toBe(20_000_10);
    const year = studioFundYear(studio, [a, b], 2024);
    expect(year).toMatchObject({ budgetFen: 50_000_00, allocatedFen: 55_000_10, unallocatedFen: -5_000_10, spentFen: 48_345_67, remainingFen: 6_654_43 });
    expect(year.issues).toEqual([{ code: 'over_allocated', params: { overFen: 5_000_10 } }, { code: 'project_overspent', params: { projectId: 'b', overFen: 1_000_00 } }]);
    expect(studioFundYear(studio, [a, b], 2023).rows).toEqual([]);
  });

  it('reads and writes yuan without floats', () => {
    expect(parseYuanToFen('1,234.5')).toBe(123450);
    expect(parseYuanToFen('０.１')).toBe(10);
    expect(parseYuanToFen('0.001')).toBeUndefined();
    expect(parseYuanToFen('-1')).toBeUndefined();
    expect(fenToYuanText(123405)).toBe('1234.05');
  });
});
