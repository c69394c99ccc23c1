/**
 * What a published award brings its winners (DESIGN §2 "Synergy"): every member of an awarded entry gets the
 * competition's prize money for the award in the incentives ledger; first and second places at municipal level and
 * above are recommended for promotion; a company-level (or higher) first prize earns the 技术能手 honour at the
 * competition's level. The same rules the demo's ledger follows. A team award (a team event whose award rule also
 * applies to teams) brings each member of the team the prize money for it; titles and promotion recommendations
 * stay with individual results. A later snapshot only adds what is new.
 */
import { type AwardKey, type Competition, type Entry, type Honour, type Incentive, isLevelAtLeast, type Publication } from '../../domain';

const AWARD_NAMES: Readonly<Record<AwardKey, string>> = { first: '一等奖', second: '二等奖', third: '三等奖' };

export type IncentiveDraft = Omit<Incentive, 'id' | 'version' | 'updatedAt'>;

export interface PublicationRewards {
  readonly incentives: readonly IncentiveDraft[];
  /** Honours to add, by person id. */
  readonly honours: ReadonlyMap<string, Honour>;
}

export function publicationRewards(
  competition: Pick<Competition, 'id' | 'name' | 'level' | 'year' | 'prizeFen'>,
  publication: Pick<Publication, 'results' | 'publishedAt' | 'teams'>,
  entries: ReadonlyMap<string, Pick<Entry, 'memberIds'>>,
  /** Incentives already in the ledger for this competition, so a new snapshot does not pay twice. */
  existing: readonly Pick<Incentive, 'personId' | 'kind' | 'description'>[] = [],
): PublicationRewards {
  const seen = new Set(existing.map((i) => `${i.personId}|${i.kind}|${i.description}`));
  const incentives: IncentiveDraft[] = [];
  const honours = new Map<string, Honour>();
  const add = (draft: IncentiveDraft) => {
    const key = `${draft.personId}|${draft.kind}|${draft.description}`;
    if (seen.has(key)) return;
    seen.add(key);
    incentives.push(draft);
  };
  for (const result of publication.results) {
    if (!result.award) continue;
    const what = `${competition.name}${AWARD_NAMES[result.award]}`;
    for (const personId of entries.get(result.entryId)?.memberIds ?? []) {
      const base = { personId, year: competition.year, sourceKind: 'competition' as const, sourceId: competition.id, grantedAt: publication.publishedAt };
      const prize = competition.prizeFen?.[result.award] ?? 0;
      if (prize > 0) add({ ...base, kind: 'bonus', amountFen: prize, description: `${what}奖金` });
      if (isLevelAtLeast(competition.level, 'municipal') && result.award !== 'third') {
        add({ ...base, kind: 'promotion_recommendation', amountFen: 0, description: `${what}，推荐晋升高一级职业技能等级` });
      }
      if (isLevelAtLeast(competition.level, 'company') && result.award === 'first') {
        add({ ...base, kind: 'title', amountFen: 0, description: `${what}，授予技术能手称号` });
        honours.set(personId, { kind: 'technical_expert', level: competition.level, year: competition.year });
      }
    }
  }
  if (publication.teams?.awards) {
    for (const team of publication.teams.rows) {
      const prize = team.award ? (competition.prizeFen?.[team.award] ?? 0) : 0;
      if (!team.award || prize === 0) continue;
      const what = `${competition.name}团体${AWARD_NAMES[team.award]}（${team.teamName}）`;
      for (const personId of team.memberEntryIds.flatMap((id) => entries.get(id)?.memberIds ?? [])) {
        add({ personId, year: competition.year, sourceKind: 'competition', sourceId: competition.id, grantedAt: publication.publishedAt, kind: 'bonus', amountFen: prize, description: `${what}奖金` });
      }
    }
  }
  return { incentives, honours };
}
