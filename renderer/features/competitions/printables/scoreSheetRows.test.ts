import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Item } from '../../../../shared/domain';
import { scoreSheetRows } from './scoreSheetRows';

/** Echoes the key and its values, so a test sees which message a row uses with what. */
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key.replace('printables.sheet.', '')} ${JSON.stringify(values)}` : key.replace('printables.sheet.', ''))) as unknown as TFunction;
const rows = (item: Item) => scoreSheetRows(item, t, 'zh-CN').map((r) => `${r.kind}: ${r.label}`);

describe('scoreSheetRows', () => {
  it('gives a 0–3 item a box per level, best first, with the points it is worth, then the score', () => {
    const item: Item = { id: 'i', name: '判断', max: 10, kind: 'judgement', scale: 'levels', descriptors: ['差', '中', '良', '优'] };
    expect(rows(item)).toEqual([
      'tick: level {"level":3,"descriptor":"优","points":"10"}',
      'tick: level {"level":2,"descriptor":"良","points":"6.67"}',
      'tick: level {"level":1,"descriptor":"中","points":"3.33"}',
      'tick: level {"level":0,"descriptor":"差","points":"0"}',
      'score: itemScore',
    ]);
  });

  it('gives a points item only its score, with the range', () => {
    expect(rows({ id: 'i', name: '操作', max: 12.5, kind: 'judgement', scale: 'points' })).toEqual(['score: pointsScore {"max":"12.5"}']);
  });

  it('gives met / not met and bands a box each', () => {
    expect(rows({ id: 'i', name: '恢复', max: 15, kind: 'measurement', mode: 'met', bands: [] })).toEqual([
      'tick: met {"points":"15"}',
      'tick: notMet {"points":"0"}',
      'score: itemScore',
    ]);
    expect(
      rows({ id: 'i', name: '精度', max: 5, kind: 'measurement', mode: 'bands', bands: [{ id: 'b1', label: '≤1 mm', points: 5 }, { id: 'b2', label: '≤2 mm', points: 3 }] }),
    ).toEqual(['tick: band {"label":"≤1 mm","points":"5"}', 'tick: band {"label":"≤2 mm","points":"3"}', 'score: itemScore']);
  });

  it('gives each fault a count to write, then the score with its floor', () => {
    expect(rows({ id: 'i', name: '规范', max: 15, kind: 'deduction', faults: [{ id: 'f', label: '未穿戴防护用品', points: 2 }] })).toEqual([
      'write: fault {"label":"未穿戴防护用品","points":"2"}',
      'score: deductionScore {"max":"15"}',
    ]);
  });

  it('asks for the time taken; a tie-break time gives no score', () => {
    expect(rows({ id: 'i', name: '时限', max: 6, kind: 'time', mode: 'scored', limitSeconds: 1200, overtimePenaltyPerMinute: 1 })).toEqual([
      'write: timeScored {"limit":"20:00","penalty":"1"}',
      'score: itemScore',
    ]);
    expect(rows({ id: 'i', name: '时限', max: 0, kind: 'time', mode: 'tiebreak', limitSeconds: 95, overtimePenaltyPerMinute: 0 })).toEqual([
      'write: timeTiebreak {"limit":"1:35"}',
    ]);
  });

  it('marks an imported item as not judged on site', () => {
    expect(rows({ id: 'i', name: '笔试', max: 30, kind: 'imported', source: '考试系统' })).toEqual(['off: importedFrom {"source":"考试系统"}']);
    expect(rows({ id: 'i', name: '笔试', max: 30, kind: 'imported' })).toEqual(['off: imported']);
  });
});
