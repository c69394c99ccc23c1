/** A small rubric and mark events for the judging tests (unit, repository and e2e seeding). */
import type { MarkValue, Rubric } from '../../domain';
import { chainMarkEvent, type MarkEventDraft } from '../markChain';
import type { MarkEvent } from '../../domain';

export const FIXTURE_COMPETITION_ID = 'comp-judging';

export function judgingRubric(): Rubric {
  return {
    parts: [
      {
        id: 'part-practical',
        name: '实操',
        weightPercent: 100,
        practical: true,
        modules: [
          {
            id: 'mod-a',
            name: '设备检修',
            max: 40,
            judging: 'live',
            aggregation: 'mean',
            minJudgesToTrim: 5,
            safetyVeto: 'none',
            disagreementShare: 0.3,
            items: [
              { id: 'it-level', kind: 'judgement', scale: 'levels', name: '工艺规范', max: 9, descriptors: ['未达到', '基本达到', '达到', '优秀'] },
              { id: 'it-points', kind: 'judgement', scale: 'points', name: '操作熟练', max: 10 },
              { id: 'it-met', kind: 'measurement', mode: 'met', name: '绝缘电阻达标', max: 5, bands: [] },
              {
                id: 'it-faults',
                kind: 'deduction',
                name: '安全文明',
                max: 10,
                faults: [
                  { id: 'f-gloves', label: '未戴手套', points: 1 },
                  { id: 'f-tools', label: '工具乱放', points: 2 },
                ],
              },
              { id: 'it-time', kind: 'time', name: '完成用时', max: 6, mode: 'scored', limitSeconds: 900, overtimePenaltyPerMinute: 1 },
            ],
          },
        ],
      },
    ],
    tieBreak: [],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

/** Appends `set` events for `values` to a chain, one second apart from `start`. */
export function setEvents(
  chain: MarkEvent[],
  key: { competitionId: string; assignmentId: string; deviceId: string },
  values: readonly { itemId: string; subjectRef: string; value: MarkValue; note?: string }[],
  start = Date.parse('2024-05-17T09:00:00.000Z'),
): MarkEvent[] {
  const out = [...chain];
  values.forEach((v, i) => {
    const draft: MarkEventDraft = {
      ...key,
      at: new Date(start + (chain.length + i) * 1000).toISOString(),
      type: 'set',
      moduleId: 'mod-a',
      itemId: v.itemId,
      subjectRef: v.subjectRef,
      value: v.value,
      ...(v.note ? { note: v.note } : {}),
    };
    out.push(chainMarkEvent(out[out.length - 1], draft));
  });
  return out;
}
