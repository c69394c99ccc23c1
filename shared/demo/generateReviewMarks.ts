/**
 * Marks for the demo's competitions in review (复核), so the results, appeals and publication flows can be tried on
 * them: every judge of a practical module marks every item of every entrant who took part (measurement and time
 * items are decided once, by the module's first judge), the scorer enters the imported theory scores, and all marks
 * are locked (submitted and signed off), all through judging's event log. Values follow each entrant's hidden ability, so the ranking looks real.
 */
import type { Competition, Entry, Item, JudgeAssignment, Mark, MarkEvent, MarkValue } from '../domain';
import { chainKeyOf, chainMarkEvent, type MarkEventDraft } from '../judging/markChain';
import { replayMarkEvents } from '../judging/replayMarkEvents';
import { subjectRefOf } from '../results/resolveSubjects';
import type { Random } from '../util/random';
import type { DemoContext } from './context';
import { demoCodeMaps } from './generateEntries';
import type { DemoOrganisation } from './generateOrganisation';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function markValue(rng: Random, item: Item, ability: number): MarkValue {
  switch (item.kind) {
    case 'judgement':
      if (item.scale === 'levels') return { kind: 'level', level: clamp(Math.round(1.9 + ability * 0.6 + rng.normal(0, 0.55)), 0, 3) as 0 | 1 | 2 | 3 };
      return { kind: 'points', points: Math.round(clamp(item.max * (0.74 + ability * 0.07 + rng.normal(0, 0.07)), 0, item.max) * 2) / 2 };
    case 'imported':
      return { kind: 'points', points: Math.round(clamp(item.max * (0.76 + ability * 0.07 + rng.normal(0, 0.07)), 0, item.max) * 2) / 2 };
    case 'measurement':
      if (item.mode === 'met') return { kind: 'met', met: rng.chance(clamp(0.8 + ability * 0.08, 0.3, 0.98)) };
      return { kind: 'band', bandId: (item.bands[clamp(Math.floor(rng.normal(1 - ability * 0.5, 0.8)), 0, item.bands.length - 1)] ?? item.bands[0])!.id };
    case 'deduction':
      return { kind: 'faults', faultCounts: Object.fromEntries(item.faults.filter(() => rng.chance(clamp(0.15 - ability * 0.04, 0.02, 0.4))).map((f) => [f.id, 1])) };
    case 'time':
      return { kind: 'seconds', seconds: Math.round(item.limitSeconds * clamp(0.86 - ability * 0.04 + rng.normal(0, 0.08), 0.5, 1.3)) };
  }
}

/**
 * The demo's mark log and the marks view replayed from it, in judging's format: every mark names its subject by
 * subjectRef (a sealed module's anonymous code from the demo's secret draw, a live module's `order:<drawOrder>`),
 * each judge's events are chained per device (shared/judging/markChain.ts), each judge submits their modules and
 * the chief judge signs off, so every mark is locked.
 */
export function generateReviewMarks(
  ctx: DemoContext,
  org: DemoOrganisation,
  competitions: readonly Competition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
  judges: readonly JudgeAssignment[],
): { readonly marks: Mark[]; readonly markEvents: MarkEvent[] } {
  const rng = ctx.random('review-marks');
  const reviewed = competitions.filter((c) => c.status === 'review');
  const codeMaps = new Map(
    demoCodeMaps({ competitions: reviewed, entries: reviewed.flatMap((c) => entriesByCompetition.get(c.id) ?? []) }).map((m) => [m.competitionId, m.codes]),
  );
  const markEvents: MarkEvent[] = [];
  const lastOf = new Map<string, MarkEvent>();
  const append = (draft: MarkEventDraft) => {
    const key = chainKeyOf(draft);
    const event = chainMarkEvent(lastOf.get(key), draft);
    lastOf.set(key, event);
    markEvents.push(event);
  };
  for (const competition of reviewed) {
    const panel = judges.filter((j) => j.competitionId === competition.id);
    const scorer = panel.find((j) => j.role === 'scorer');
    const chief = panel.find((j) => j.role === 'chief');
    if (!panel.some((j) => j.role === 'judge')) continue;
    const at = ctx.at(competition.endDate, '17:30');
    const deviceOf = (judge: JudgeAssignment) => (judge.role === 'scorer' ? 'master' : `laptop-${judge.id.slice(-2)}`);
    const codes = codeMaps.get(competition.id);
    const submitted = new Map<string, { judge: JudgeAssignment; moduleId: string }>();
    for (const entry of entriesByCompetition.get(competition.id) ?? []) {
      if (entry.status !== 'checked_in' && entry.status !== 'disqualified') continue;
      const ability = entry.memberIds.reduce((s, id) => s + (org.ability.get(id) ?? 0), 0) / entry.memberIds.length;
      for (const part of competition.rubric.parts) {
        for (const module of part.modules) {
          const subjectRef = subjectRefOf(entry, module.judging, codes);
          if (subjectRef === undefined) continue;
          const moduleJudges = panel.filter((j) => j.role === 'judge' && j.moduleIds.includes(module.id));
          for (const item of module.items) {
            const once = item.kind === 'measurement' || item.kind === 'time';
            const who = item.kind === 'imported' ? (scorer ? [scorer] : []) : once ? moduleJudges.slice(0, 1) : moduleJudges;
            for (const judge of who) {
              append({
                competitionId: competition.id,
                assignmentId: judge.id,
                deviceId: deviceOf(judge),
                at,
                type: 'set',
                moduleId: module.id,
                itemId: item.id,
                subjectRef,
                value: markValue(rng, item, ability),
              });
              submitted.set(`${judge.id}|${module.id}`, { judge, moduleId: module.id });
            }
          }
        }
      }
    }
    const submitAt = ctx.at(competition.endDate, '17:40');
    for (const { judge, moduleId } of submitted.values()) {
      append({ competitionId: competition.id, assignmentId: judge.id, deviceId: deviceOf(judge), at: submitAt, type: 'submit_module', moduleId });
    }
    if (chief) append({ competitionId: competition.id, assignmentId: chief.id, deviceId: 'master', at: ctx.at(competition.endDate, '17:50'), type: 'sign_off' });
  }
  return { marks: replayMarkEvents(markEvents).marks, markEvents };
}
