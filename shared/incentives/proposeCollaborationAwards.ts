/**
 * Cross-department collaboration awards (DESIGN §2 "Synergy"): a project whose members come from three or more
 * departments and that passed a stage gate with a "go" in the year can be rewarded, every member the same bonus.
 * Returns one proposal per project with its evidence (the departments, the gate) and the drafts not yet in the
 * ledger, so the union office decides with the reason in front of it.
 */
import type { Id, Incentive, Person, Project } from '../domain';

/** Members from this many departments make a project cross-department (the dashboard counts the same). */
export const COLLABORATION_MIN_DEPARTMENTS = 3;
/** The bonus proposed per member, in fen (1,000 yuan), as the demo's ledger grants. */
export const COLLABORATION_BONUS_FEN = 100_000;

export type CollaborationDraft = Omit<Incentive, 'id' | 'version' | 'updatedAt'>;

export interface CollaborationProposal {
  readonly projectId: Id;
  readonly projectTitle: string;
  /** The members' departments, sorted. */
  readonly departmentIds: readonly Id[];
  /** The date of the year's first "go" gate. */
  readonly gateOn: string;
  /** Pending rewards for members who have none for this project yet. */
  readonly drafts: readonly CollaborationDraft[];
}

export function proposeCollaborationAwards(
  projects: readonly Pick<Project, 'id' | 'title' | 'memberIds' | 'gates'>[],
  people: ReadonlyMap<Id, Pick<Person, 'departmentId'>>,
  year: number,
  /** Rewards already in the ledger, so nobody is proposed twice for one project. */
  existing: readonly Pick<Incentive, 'personId' | 'sourceKind' | 'sourceId'>[],
  bonusFen = COLLABORATION_BONUS_FEN,
): CollaborationProposal[] {
  const rewarded = new Set(existing.filter((i) => i.sourceKind === 'collaboration').map((i) => `${i.sourceId}|${i.personId}`));
  const proposals: CollaborationProposal[] = [];
  for (const project of projects) {
    const departmentIds = [...new Set(project.memberIds.flatMap((id) => people.get(id)?.departmentId ?? []))].sort();
    if (departmentIds.length < COLLABORATION_MIN_DEPARTMENTS) continue;
    const gate = project.gates
      .filter((g) => g.decision === 'go' && g.at.startsWith(`${year}-`))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))[0];
    if (!gate) continue;
    const drafts = [...new Set(project.memberIds)]
      .filter((personId) => !rewarded.has(`${project.id}|${personId}`))
      .map(
        (personId): CollaborationDraft => ({
          personId,
          kind: 'bonus',
          year,
          amountFen: bonusFen,
          description: `跨部门协作奖励：${project.title}`,
          sourceKind: 'collaboration',
          sourceId: project.id,
          status: 'pending',
        }),
      );
    proposals.push({ projectId: project.id, projectTitle: project.title, departmentIds, gateOn: gate.at, drafts });
  }
  return proposals.sort((a, b) => (a.gateOn < b.gateOn ? -1 : a.gateOn > b.gateOn ? 1 : a.projectId < b.projectId ? -1 : 1));
}
