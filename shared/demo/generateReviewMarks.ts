/**
 * Marks for the demo's competitions in review (复核), so the results, appeals and publication flows can be tried on
 * them: every judge of a practical module marks every item of every entrant who took part (measurement and time
 * items are decided once, by the module's first judge), the scorer enters the imported theory scores, and all marks
 * are locked (submitted and signed off). Values follow each entrant's hidden ability, so the ranking looks real.
 */
import type { Competition, Entry, Item, JudgeAssignment, Mark, MarkValue } from '../domain';
import type { Random } from '../util/random';
import type { DemoContext } from './context';
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

export function generateReviewMarks(
  ctx: DemoContext,
  org: DemoOrganisation,
  competitions: readonly Competition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
  judges: readonly JudgeAssignment[],
): Mark[] {
  const rng = ctx.random('review-marks');
  const marks: Mark[] = [];
  for (const competition of competitions.filter((c) => c.status === 'review')) {
    const panel = judges.filter((j) => j.competitionId === competition.id);
    const scorer = panel.find((j) => j.role === 'scorer');
    if (!panel.some((j) => j.role === 'judge')) continue;
    const at = ctx.at(competition.endDate, '17:30');
    const short = competition.id.slice('comp-'.length);
    for (const entry of entriesByCompetition.get(competition.id) ?? []) {
      if (entry.status !== 'checked_in' && entry.status !== 'disqualified') continue;
      const ability = entry.memberIds.reduce((s, id) => s + (org.ability.get(id) ?? 0), 0) / entry.memberIds.length;
      for (const part of competition.rubric.parts) {
        for (const module of part.modules) {
          const moduleJudges = panel.filter((j) => j.role === 'judge' && j.moduleIds.includes(module.id));
          for (const item of module.items) {
            const once = item.kind === 'measurement' || item.kind === 'time';
            const who = item.kind === 'imported' ? (scorer ? [scorer] : []) : once ? moduleJudges.slice(0, 1) : moduleJudges;
            for (const judge of who) {
              marks.push({
                id: `mark-${short}-${String(marks.length + 1).padStart(5, '0')}`,
                version: 1,
                updatedAt: at,
                competitionId: competition.id,
                entryId: entry.id,
                moduleId: module.id,
                itemId: item.id,
                judgeId: judge.id,
                deviceId: judge.role === 'scorer' ? 'master' : `laptop-${judge.id.slice(-2)}`,
                value: markValue(rng, item, ability),
                safetyVeto: false,
                lockedAt: at,
              });
            }
          }
        }
      }
    }
  }
  return marks;
}
