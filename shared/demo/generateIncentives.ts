/**
 * The incentives ledger of the demo year:
 * - competition prizes: every member of an awarded entry gets the competition's prize money for the award;
 *   first and second places at municipal level and above are also recommended for promotion (技能等级晋升),
 *   and company-level champions receive the 集团技术能手 title;
 * - project rewards for projects completed or rolled out this year, shared by the team;
 * - a collaboration bonus for cross-department projects (members from three or more departments) that passed
 *   a gate this year.
 */
import type { AwardKey, Competition, Entry, Incentive, Project, Publication } from '../domain';
import { isLevelAtLeast } from '../domain';
import type { Random } from '../util/random';
import { type DemoContext, seq } from './context';
import { addDays } from './dates';
import type { DemoOrganisation } from './generateOrganisation';

const AWARD_NAMES: Readonly<Record<AwardKey, string>> = { first: '一等奖', second: '二等奖', third: '三等奖' };

export interface IncentiveInputs {
  readonly competitions: readonly Competition[];
  readonly publications: readonly Publication[];
  readonly entryById: ReadonlyMap<string, Entry>;
  readonly projects: readonly Project[];
}

export function generateIncentives(ctx: DemoContext, org: DemoOrganisation, inputs: IncentiveInputs): Incentive[] {
  const rng = ctx.random('incentives');
  const incentives: Incentive[] = [];
  const add = (incentive: Omit<Incentive, 'id' | 'version' | 'updatedAt' | 'year'>, grantedOn: string): void => {
    const at = ctx.at(grantedOn, '10:00');
    incentives.push({
      id: `inc-${ctx.year}-${seq(incentives.length + 1, 4)}`,
      version: 1,
      updatedAt: at,
      year: ctx.year,
      ...incentive,
      grantedAt: at,
    });
  };

  const competitionById = new Map(inputs.competitions.map((c) => [c.id, c]));
  for (const publication of inputs.publications) {
    const competition = competitionById.get(publication.competitionId);
    if (!competition) continue;
    const grantedOn = addDays(publication.publishedAt.slice(0, 10), 10);
    for (const result of publication.results) {
      if (!result.award) continue;
      for (const personId of inputs.entryById.get(result.entryId)?.memberIds ?? []) {
        const prize = competition.prizeFen?.[result.award] ?? 0;
        const what = `${competition.name}${AWARD_NAMES[result.award]}`;
        if (prize > 0) add({ personId, kind: 'bonus', amountFen: prize, description: `${what}奖金`, sourceKind: 'competition', sourceId: competition.id }, grantedOn);
        if (isLevelAtLeast(competition.level, 'municipal') && result.award !== 'third') {
          add({ personId, kind: 'promotion_recommendation', amountFen: 0, description: `${what}，推荐晋升高一级职业技能等级`, sourceKind: 'competition', sourceId: competition.id }, grantedOn);
        }
        if (competition.level === 'company' && result.award === 'first') {
          add({ personId, kind: 'title', amountFen: 0, description: `${what}，授予集团技术能手称号`, sourceKind: 'competition', sourceId: competition.id }, grantedOn);
        }
      }
    }
  }

  for (const project of inputs.projects) {
    const finished = project.gates.find((g) => (g.to === 'completed' || g.to === 'rolled_out') && g.at.startsWith(String(ctx.year)));
    if (finished) projectReward(rng, project, finished.at, add);
  }
  for (const project of inputs.projects) {
    const departments = new Set(project.memberIds.map((id) => org.personById.get(id)?.departmentId));
    const gateThisYear = project.gates.find((g) => g.decision === 'go' && g.at.startsWith(String(ctx.year)));
    if (departments.size >= 3 && gateThisYear) {
      for (const personId of project.memberIds) {
        add({ personId, kind: 'bonus', amountFen: 100_000, description: `跨部门协作奖励：${project.title}`, sourceKind: 'collaboration', sourceId: project.id }, gateThisYear.at);
      }
    }
  }
  return incentives;
}

/** A project reward of 5,000–30,000 yuan, shared: the first member (the lead) gets a double share. */
function projectReward(
  rng: Random,
  project: Project,
  on: string,
  add: (incentive: Omit<Incentive, 'id' | 'version' | 'updatedAt' | 'year'>, grantedOn: string) => void,
): void {
  const poolFen = rng.int(5, 30) * 1_000_000;
  const shares = project.memberIds.length + 1;
  project.memberIds.forEach((personId, i) => {
    const amountFen = Math.floor((poolFen * (i === 0 ? 2 : 1)) / shares / 100) * 100;
    add({ personId, kind: 'bonus', amountFen, description: `创新项目奖励：${project.title}`, sourceKind: 'project', sourceId: project.id }, addDays(on, 15));
  });
}
