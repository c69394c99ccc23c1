import { describe, expect, it } from 'vitest';
import type { Item, Module, Rubric } from '../../domain';
import { counterIds } from '../testing/ids';
import { buildTheoryPracticalCombinedRubric } from '../templates/theoryPracticalCombined';
import { rubricMax } from './rubricMax';
import { validateRubric, type RubricIssue } from './validateRubric';

/** A small valid rubric: theory 30 (one imported item) + practical 70 (one module of two items). */
function smallRubric(): Rubric {
  return {
    parts: [
      {
        id: 'p-theory',
        name: '理论',
        weightPercent: 30,
        practical: false,
        modules: [
          {
            id: 'm-exam',
            name: '理论考试',
            judging: 'sealed',
            max: 100,
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'none',
            disagreementShare: 0.3,
            items: [{ id: 'i-exam', name: '成绩', kind: 'imported', max: 100 }],
          },
        ],
      },
      {
        id: 'p-prac',
        name: '实操',
        weightPercent: 70,
        practical: true,
        modules: [
          {
            id: 'm-op',
            name: '操作',
            judging: 'live',
            max: 20.5,
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'zero_module',
            disagreementShare: 0.3,
            items: [
              { id: 'i-proc', name: '程序', kind: 'judgement', scale: 'levels', max: 10.25, descriptors: ['差', '中', '良', '优'] },
              { id: 'i-ded', name: '扣分', kind: 'deduction', max: 10.25, faults: [{ id: 'f-1', label: '漏项', points: 1 }] },
            ],
          },
        ],
      },
    ],
    tieBreak: [{ kind: 'part_score', partId: 'p-prac' }],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

const practicalModule = (r: Rubric): Module => r.parts[1]!.modules[0]!;
const codes = (issues: RubricIssue[]) => issues.map((i) => i.code);

describe('validateRubric', () => {
  it('accepts a complete rubric', () => {
    expect(validateRubric(smallRubric())).toEqual([]);
  });

  it('requires at least one part', () => {
    expect(codes(validateRubric({ ...smallRubric(), parts: [], tieBreak: [] }))).toEqual(['no_parts']);
  });

  it('requires part weights to sum to 100', () => {
    const r = smallRubric();
    r.parts[0]!.weightPercent = 40;
    expect(validateRubric(r)).toEqual([{ code: 'part_weights_not_100', path: {}, params: { total: 110 } }]);
  });

  it('rejects weights that are not whole percent', () => {
    const r = smallRubric();
    r.parts[0]!.weightPercent = 29.5;
    expect(validateRubric(r)).toEqual([{ code: 'part_weight_invalid', path: { partId: 'p-theory' }, params: { value: 29.5 } }]);
  });

  it('requires item maxima to add up to the module maximum exactly, in hundredths', () => {
    const r = smallRubric();
    practicalModule(r).max = 20.51;
    expect(validateRubric(r)).toEqual([
      {
        code: 'module_max_mismatch',
        path: { partId: 'p-prac', moduleId: 'm-op' },
        params: { moduleMax: 20.51, itemsTotal: 20.5 },
      },
    ]);
  });

  it('adds decimal maxima without binary rounding errors (0.1 + 0.2 = 0.3)', () => {
    const r = smallRubric();
    const m = practicalModule(r);
    m.max = 0.3;
    m.items = [
      { id: 'a', name: 'a', kind: 'judgement', scale: 'points', max: 0.1 },
      { id: 'b', name: 'b', kind: 'judgement', scale: 'points', max: 0.2 },
    ];
    expect(validateRubric(r)).toEqual([]);
    expect(rubricMax(r).parts[1]!.modules[0]).toEqual({ moduleId: 'm-op', max: 30, itemsMax: 30 });
  });

  it('rejects maxima with more than two decimals', () => {
    const r = smallRubric();
    practicalModule(r).items[0]!.max = 10.255;
    expect(codes(validateRubric(r))).toContain('item_max_invalid');
  });

  it('flags empty parts and modules', () => {
    const r = smallRubric();
    r.parts[0]!.modules = [];
    practicalModule(r).items = [];
    expect(codes(validateRubric(r))).toEqual(['part_empty', 'module_empty']);
  });

  it('flags a part worth nothing', () => {
    const r = smallRubric();
    const m = r.parts[0]!.modules[0]!;
    m.max = 0;
    m.items = [{ id: 'tb', name: '用时', kind: 'time', mode: 'tiebreak', max: 0, limitSeconds: 60, overtimePenaltyPerMinute: 0 }];
    expect(codes(validateRubric(r))).toEqual(['part_max_zero']);
  });

  it('requires every judgement level descriptor', () => {
    const r = smallRubric();
    const item = practicalModule(r).items[0]!;
    if (item.kind !== 'judgement' || item.scale !== 'levels') throw new Error('fixture');
    item.descriptors = ['差', ' ', '良', ''];
    expect(validateRubric(r)).toEqual([
      { code: 'level_descriptor_missing', path: { partId: 'p-prac', moduleId: 'm-op', itemId: 'i-proc' }, params: { level: 1 } },
      { code: 'level_descriptor_missing', path: { partId: 'p-prac', moduleId: 'm-op', itemId: 'i-proc' }, params: { level: 3 } },
    ]);
  });

  describe('measurement bands', () => {
    const withItem = (item: Item) => {
      const r = smallRubric();
      practicalModule(r).items[0] = item;
      return r;
    };
    const base = { id: 'i-proc', name: '间隙', kind: 'measurement', max: 10.25 } as const;

    it('are required in bands mode', () => {
      expect(codes(validateRubric(withItem({ ...base, mode: 'bands', bands: [] })))).toEqual(['bands_missing']);
    });

    it('are not needed for met / not met', () => {
      expect(validateRubric(withItem({ ...base, mode: 'met', bands: [] }))).toEqual([]);
    });

    it('may not exceed the item maximum', () => {
      const r = withItem({
        ...base,
        mode: 'bands',
        bands: [
          { id: 'b1', label: '达标', points: 10.25 },
          { id: 'b2', label: '超标', points: 12 },
        ],
      });
      expect(validateRubric(r)).toEqual([
        {
          code: 'band_exceeds_item_max',
          path: { partId: 'p-prac', moduleId: 'm-op', itemId: 'i-proc', bandId: 'b2' },
          params: { points: 12, max: 10.25 },
        },
      ]);
    });

    it('must let the item reach its maximum, with distinct labels', () => {
      const r = withItem({
        ...base,
        mode: 'bands',
        bands: [
          { id: 'b1', label: '合格', points: 8 },
          { id: 'b2', label: '合格', points: 0 },
        ],
      });
      expect(codes(validateRubric(r))).toEqual(['duplicate_band_label', 'bands_top_below_max']);
    });
  });

  it('requires a deduction item to list faults with positive points', () => {
    const r = smallRubric();
    const item = practicalModule(r).items[1]!;
    if (item.kind !== 'deduction') throw new Error('fixture');
    item.faults = [];
    expect(codes(validateRubric(r))).toEqual(['faults_missing']);
    item.faults = [
      { id: 'f1', label: '漏项', points: 0 },
      { id: 'f2', label: '严重违章', points: 11 },
      { id: 'f3', label: '', points: 1 },
    ];
    expect(codes(validateRubric(r))).toEqual(['fault_points_invalid', 'fault_exceeds_item_max', 'fault_label_missing']);
  });

  it('flags duplicate names within a module, a part and the rubric', () => {
    const r = smallRubric();
    practicalModule(r).items[1]!.name = ' 程序 ';
    r.parts[1]!.name = '理论';
    expect(validateRubric(r)).toEqual([
      { code: 'duplicate_part_name', path: { partId: 'p-prac' }, params: { name: '理论' } },
      { code: 'duplicate_item_name', path: { partId: 'p-prac', moduleId: 'm-op', itemId: 'i-ded' }, params: { name: '程序' } },
    ]);
  });

  it('flags missing names', () => {
    const r = smallRubric();
    r.parts[0]!.name = '';
    practicalModule(r).name = ' ';
    practicalModule(r).items[0]!.name = '';
    expect(codes(validateRubric(r))).toEqual(['part_name_missing', 'module_name_missing', 'item_name_missing']);
  });

  it('flags a repeated id', () => {
    const r = smallRubric();
    practicalModule(r).items[1]!.id = 'i-proc';
    expect(validateRubric(r)).toContainEqual({
      code: 'duplicate_id',
      path: { partId: 'p-prac', moduleId: 'm-op', itemId: 'i-proc' },
      params: { id: 'i-proc' },
    });
  });

  it('checks time items', () => {
    const r = smallRubric();
    const m = practicalModule(r);
    m.items.push({ id: 't', name: '用时', kind: 'time', mode: 'tiebreak', max: 1, limitSeconds: 0, overtimePenaltyPerMinute: 0 });
    m.max = 21.5;
    expect(codes(validateRubric(r))).toEqual(['time_limit_invalid', 'tiebreak_time_has_points']);
  });

  it('checks that tie-break rules reference existing parts and modules', () => {
    const r = smallRubric();
    r.tieBreak = [
      { kind: 'part_score', partId: 'nope' },
      { kind: 'module_score', moduleId: 'gone' },
      { kind: 'module_score', moduleId: 'm-op' },
      { kind: 'module_score', moduleId: 'm-op' },
      { kind: 'total_time' },
    ];
    expect(validateRubric(r)).toEqual([
      { code: 'tiebreak_unknown_part', path: { tieBreakIndex: 0 }, params: { partId: 'nope' } },
      { code: 'tiebreak_unknown_module', path: { tieBreakIndex: 1 }, params: { moduleId: 'gone' } },
      { code: 'tiebreak_duplicate', path: { tieBreakIndex: 3 } },
      { code: 'tiebreak_no_time_items', path: { tieBreakIndex: 4 } },
    ]);
  });

  describe('awards', () => {
    it('allows percents totalling 100 but not more', () => {
      const r = smallRubric();
      r.awardRule = { mode: 'ratio', percents: [20, 30, 50], rounding: 'down' };
      expect(validateRubric(r)).toEqual([]);
      r.awardRule = { mode: 'ratio', percents: [20, 30, 50.5], rounding: 'down' };
      expect(validateRubric(r)).toEqual([{ code: 'award_percents_over_100', path: { award: true }, params: { total: 100.5 } }]);
    });

    it('requires thresholds from high to low, within 100', () => {
      const r = smallRubric();
      r.awardRule = { mode: 'threshold', thresholds: [101, 85, 90], minTotal: 120 };
      expect(codes(validateRubric(r))).toEqual([
        'award_thresholds_not_descending',
        'award_threshold_over_100',
        'award_min_total_over_100',
      ]);
    });

    it('requires whole, non-negative counts', () => {
      const r = smallRubric();
      r.awardRule = { mode: 'count', counts: [1, -2, 2.5] };
      expect(codes(validateRubric(r))).toEqual(['award_values_invalid', 'award_values_invalid']);
    });
  });

  it('gives the running maxima used by the builder', () => {
    const r = buildTheoryPracticalCombinedRubric(counterIds());
    const max = rubricMax(r);
    expect(max.weightTotalPercent).toBe(100);
    expect(max.parts.map((p) => p.max)).toEqual([10000, 10000]);
  });
});
