/**
 * Frozen results (公示) for the demo's published competitions, and a few appeals.
 *
 * The demo keeps no marks: each entrant's total is drawn from their hidden ability, then ranked and awarded
 * by the scoring engine (shared/scoring) exactly as DESIGN §3 says — equal totals share a rank and the next rank
 * skips (1, 1, 3); awards go by the competition's rule (10 / 20 / 30 % of ranked entrants, counts rounded down,
 * cumulative so ties at a boundary all get the better award); absent, withdrawn and disqualified entries are listed
 * unranked with a total of 0.
 */
import type { Appeal, AwardRule, Entry, Publication, PublishedResult } from '../domain';
import { asHundredths, formatHundredths, hashPublishedResults, hundredthsToPoints, rankAndAward } from '../scoring';
import type { Random } from '../util/random';
import { type DemoContext, compareText } from './context';
import { addDays } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

interface Scored {
  readonly entryId: string;
  /** Total in hundredths of a point, so ties and ordering are exact. */
  readonly cents: number;
}

/** Ranks by total (highest first, shared ranks on ties) and applies the award rule, through the scoring engine. */
export function rankAndAwardTotals(scored: readonly Scored[], rule: AwardRule): PublishedResult[] {
  const { rows } = rankAndAward(
    scored.map((s) => ({ key: s.entryId, total: asHundredths(s.cents) })),
    rule,
  );
  return rows.map((r) => ({
    entryId: r.key,
    total: hundredthsToPoints(r.total),
    rank: r.rank,
    ...(r.award ? { award: r.award } : {}),
    scores: { total: formatHundredths(r.total), parts: {}, modules: {}, tieBreak: [] },
  }));
}

export interface DemoResults {
  readonly publications: Publication[];
  readonly appeals: Appeal[];
}

export function publishResults(
  ctx: DemoContext,
  org: DemoOrganisation,
  competitions: readonly DemoCompetition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
): DemoResults {
  const rng = ctx.random('results');
  const publications: Publication[] = [];
  for (const { record, publishedOn } of competitions) {
    if (record.status !== 'published' || !publishedOn) continue;
    const entries = entriesByCompetition.get(record.id) ?? [];
    const ranked = entries.filter((e) => e.status === 'checked_in' || e.status === 'registered');
    const scored = withTies(
      rng,
      ranked.map((e) => ({ entryId: e.id, cents: drawTotal(rng, org, e) })),
    );
    const results = [
      ...rankAndAwardTotals(scored, record.rubric.awardRule),
      ...entries
        .filter((e) => !ranked.includes(e))
        .map((e) => ({ entryId: e.id, total: 0, status: e.status, scores: { total: '0.00', parts: {}, modules: {}, tieBreak: [] } })),
    ];
    publications.push({
      id: `pub-${record.id.slice('comp-'.length)}`,
      version: 1,
      updatedAt: ctx.at(publishedOn, '16:00'),
      competitionId: record.id,
      publishedAt: ctx.at(publishedOn, '16:00'),
      results,
      hash: hashPublishedResults(results),
    });
  }
  return { publications, appeals: generateAppeals(ctx, rng, competitions, entriesByCompetition, publications) };
}

/** A total out of 100 in hundredths: ability-driven, between 35 and 99.5. */
function drawTotal(rng: Random, org: DemoOrganisation, entry: Entry): number {
  const ability = entry.memberIds.reduce((sum, id) => sum + (org.ability.get(id) ?? 0), 0) / entry.memberIds.length;
  const total = 76 + ability * 6.5 + rng.normal(0, 5);
  return Math.round(Math.min(99.5, Math.max(35, total)) * 100);
}

/** Real results have ties now and then; copy a neighbour's total in about a third of the larger fields. */
function withTies(rng: Random, scored: Scored[]): Scored[] {
  if (scored.length < 10 || !rng.chance(0.35)) return scored;
  const sorted = [...scored].sort((a, b) => b.cents - a.cents);
  const i = rng.int(0, Math.min(5, sorted.length - 2));
  const tieWith = (sorted[i] as Scored).cents;
  const target = (sorted[i + 1] as Scored).entryId;
  return scored.map((s) => (s.entryId === target ? { ...s, cents: tieWith } : s));
}

const APPEAL_REASONS = [
  { reason: '对实操模块“{module}”中“作业规范”项的扣分有异议，认为所记“作业程序颠倒”与现场录像不符。', upheld: false, ruling: '经监督仲裁组调阅录像复核，选手确有作业程序颠倒，维持原评分。' },
  { reason: '认为“{module}”中测量数据的评定有误，申请复核。', upheld: true, ruling: '经复核，测量档位记录有误，已更正为“良”，总成绩相应调整后公示。' },
  { reason: '对理论考试成绩导入有疑问，申请核对原始答卷。', upheld: false, ruling: '经核对考试系统原始记录，成绩导入无误，维持原成绩。' },
];

function generateAppeals(
  ctx: DemoContext,
  rng: Random,
  competitions: readonly DemoCompetition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
  publications: readonly Publication[],
): Appeal[] {
  const appeals: Appeal[] = [];
  const bigPublished = publications.filter((p) => p.results.length >= 20);
  const chosen = rng.sample(bigPublished, APPEAL_REASONS.length);
  chosen.forEach((publication, i) => {
    const competition = competitions.find((c) => c.record.id === publication.competitionId);
    const template = APPEAL_REASONS[i];
    // The appellant finished just outside the awards.
    const appellant = publication.results.find((r) => r.rank !== undefined && r.award === undefined);
    if (!competition || !template || !appellant) return;
    const module = competition.record.rubric.parts.find((p) => p.practical)?.modules[0]?.name ?? '实操';
    const filedOn = addDays(competition.record.endDate, 1);
    appeals.push({
      id: `appeal-${competition.record.id.slice('comp-'.length)}-1`,
      version: 2,
      updatedAt: ctx.at(addDays(filedOn, 2), '11:00'),
      competitionId: competition.record.id,
      entryId: appellant.entryId,
      filedAt: ctx.at(filedOn, '10:30'),
      reason: template.reason.replace('{module}', module),
      status: template.upheld ? 'upheld' : 'rejected',
      ruling: template.ruling,
      ruledAt: ctx.at(addDays(filedOn, 2), '11:00'),
    });
  });
  // One appeal still open in a competition under review.
  const inReview = competitions.find((c) => c.record.status === 'review');
  const reviewEntry = inReview ? (entriesByCompetition.get(inReview.record.id) ?? []).find((e) => e.status === 'checked_in') : undefined;
  if (inReview && reviewEntry) {
    appeals.push({
      id: `appeal-${inReview.record.id.slice('comp-'.length)}-1`,
      version: 1,
      updatedAt: ctx.at(addDays(inReview.record.endDate, 1), '09:30'),
      competitionId: inReview.record.id,
      entryId: reviewEntry.id,
      filedAt: ctx.at(addDays(inReview.record.endDate, 1), '09:30'),
      reason: '认为完成时限计时有误：计时裁判在设备恢复后未及时停表，申请调阅计时记录。',
      status: 'open',
    });
  }
  return appeals.sort((a, b) => compareText(a.id, b.id));
}
