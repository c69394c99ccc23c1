/**
 * Innovation projects. Pages ask by studio (and stage), by member and by origin competition, all through
 * indexes. Stage changes go only through `decideGate`, which applies the gate rules of shared/studios; a
 * project under review (评审) is read-only except for its scorecard.
 */
import type { Project, ProjectStage, ReviewScorecard } from '../../../shared/domain';
import { checkGateDecision, type GateCheck, type GateInput } from '../../../shared/studios/checkGateDecision';
import { isProjectReadOnly } from '../../../shared/studios/projectStages';
import type { JiangxinDatabase, SavedViewRow } from '../database';
import { stamp, type Draft } from './recordMeta';
import { createRecordStore } from './recordStore';
import { suggestByName } from './suggestByName';
import { createOwnedAttachments } from './ownedAttachments';
import { removeWithTombstone } from './tombstones';

/** Thrown when an edit reaches a project that is under review. */
export class ProjectReadOnlyError extends Error {
  constructor(readonly projectId: string) {
    super(`project ${projectId} is under review and read-only`);
  }
}

export function createProjectsRepository(db: JiangxinDatabase) {
  const store = createRecordStore(db.projects);

  async function update(projectId: string, change: (project: Project) => Project): Promise<Project> {
    return db.transaction('rw', db.projects, async () => {
      const stored = await db.projects.get(projectId);
      if (!stored) throw new Error(`project ${projectId} not found`);
      const record = stamp<Project>(change(stored), stored);
      await db.projects.put(record);
      return record;
    });
  }

  return {
    ...store,
    remove: removeWithTombstone(db, db.projects),
    /** Up to `limit` projects whose title starts with, then contains, `text` (for pickers). */
    suggest: (text: string, limit = 20) => suggestByName(db.projects, 'title', text, limit),
    /** Files attached to a record (documents, evidence). */
    files: createOwnedAttachments(db),

    /** Saves an edit; refused while the stored project is under review. Stage and gates are kept as stored. */
    async save(draft: Draft<Project>): Promise<Project> {
      return db.transaction('rw', db.projects, async () => {
        const stored = await db.projects.get(draft.id);
        if (stored && isProjectReadOnly(stored)) throw new ProjectReadOnlyError(draft.id);
        const record = stamp<Project>(stored ? { ...draft, stage: stored.stage, gates: stored.gates } : draft, stored);
        await db.projects.put(record);
        return record;
      });
    },

    ofStudio: (studioId: string): Promise<Project[]> => db.projects.where('studioId').equals(studioId).toArray(),
    ofStudioInStage: (studioId: string, stage: ProjectStage): Promise<Project[]> => db.projects.where('[studioId+stage]').equals([studioId, stage]).toArray(),
    inStage: (stage: ProjectStage): Promise<Project[]> => db.projects.where('stage').equals(stage).toArray(),
    ofMember: (personId: string): Promise<Project[]> => db.projects.where('memberIds').equals(personId).toArray(),
    fromCompetition: (competitionId: string): Promise<Project[]> => db.projects.where('originCompetitionId').equals(competitionId).toArray(),

    /** Applies a gate decision if the rules allow it; returns the check either way. */
    async decideGate(projectId: string, input: GateInput): Promise<GateCheck> {
      return db.transaction('rw', db.projects, async () => {
        const stored = await db.projects.get(projectId);
        if (!stored) throw new Error(`project ${projectId} not found`);
        const check = checkGateDecision(stored, input);
        if (check.ok) await db.projects.put(stamp<Project>({ ...stored, stage: check.gate.to, gates: [...stored.gates, check.gate] }, stored));
        return check;
      });
    },

    /** Saved views of the project table, by scope (e.g. 'projects'). */
    savedViews: {
      of: (scope: string): Promise<SavedViewRow[]> => db.savedViews.where('scope').equals(scope).toArray(),
      save: (row: SavedViewRow): Promise<string> => db.savedViews.put(row),
      remove: (id: string): Promise<void> => db.savedViews.delete(id),
    },

    /** The scorecard may change while the project is under review (that is what review is for). */
    saveReview: (projectId: string, review: ReviewScorecard): Promise<Project> => update(projectId, (p) => ({ ...p, review })),
  };
}

export type ProjectsRepository = ReturnType<typeof createProjectsRepository>;
