/**
 * The talent pipeline and its invitations, and cohorts of award winners (rules in shared/synergy). Every read
 * goes through an index: competitions by `year` or `status`, publications by `competitionId`, entries and people
 * by key, studios by `trade`, `departmentId`, `leadId` and `*memberIds`, invitations by `personId` and `status`,
 * projects and achievements by `*memberIds` / `*ownerIds`. The department tree (a few dozen rows of reference
 * data) is read whole to find units.
 */
import type { Achievement, Competition, Department, Entry, Id, Person, Project, Publication, Studio } from '../../../shared/domain';
import { buildCohorts, type Cohort } from '../../../shared/synergy/buildCohorts';
import { buildTalentPipeline, qualifyingResults, unitResolver, type PipelineCandidate } from '../../../shared/synergy/buildTalentPipeline';
import { checkAnswer, checkInvitation, type AnswerProblem, type InvitationProblem } from '../../../shared/synergy/checkInvitation';
import type { InvitationStatus, StudioInvitation } from '../../../shared/synergy/types';
import type { JiangxinDatabase } from '../database';
import { newId, stamp } from './recordMeta';
import type { StudiosRepository } from './studiosRepository';

const PUBLISHED = ['published', 'archived'];

export interface PipelineView {
  /** Years that have competitions, newest first, and the year shown (undefined: all years). */
  readonly years: readonly number[];
  readonly year: number | undefined;
  readonly candidates: readonly PipelineCandidate[];
  readonly people: ReadonlyMap<Id, Person>;
  readonly studios: ReadonlyMap<Id, Studio>;
  readonly departments: ReadonlyMap<Id, Department>;
}

export interface InvitationRow {
  readonly invitation: StudioInvitation;
  readonly person?: Person;
  readonly studio?: Studio;
  readonly competition?: Competition;
}

export interface CohortsView {
  readonly cohorts: readonly Cohort[];
  readonly people: ReadonlyMap<Id, Person>;
}

export interface InvitationDraft {
  readonly personId: Id;
  readonly studioId: Id;
  readonly year: number;
  readonly competitionId?: Id;
  readonly award?: StudioInvitation['award'];
  readonly note: string;
}

export type WriteOutcome<P> = { readonly ok: true } | { readonly ok: false; readonly problems: readonly P[] };

const byId = <T extends { id: Id }>(rows: readonly (T | undefined)[]): Map<Id, T> => new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));

export function createPipelineRepository(db: JiangxinDatabase, studiosRepository: Pick<StudiosRepository, 'addMember'>) {
  /** Published competitions (of one year, or all) with their publications. */
  async function published(year: number | undefined): Promise<{ competitions: Competition[]; publications: Publication[] }> {
    const rows = year === undefined ? await db.competitions.where('status').anyOf(PUBLISHED).toArray() : await db.competitions.where('year').equals(year).toArray();
    const competitions = rows.filter((c) => PUBLISHED.includes(c.status));
    const publications = competitions.length === 0 ? [] : await db.publications.where('competitionId').anyOf(competitions.map((c) => c.id)).toArray();
    return { competitions, publications };
  }

  /** The entries behind the qualifying results, and their members' ids. */
  async function qualifyingEntries(competitions: Competition[], publications: Publication[]): Promise<{ entries: Entry[]; personIds: Id[] }> {
    const entryIds = [...new Set(qualifyingResults({ competitions, publications }).map((r) => r.entryId))];
    const entries = (await db.entries.bulkGet(entryIds)).filter((e): e is Entry => e !== undefined);
    return { entries, personIds: [...new Set(entries.flatMap((e) => e.memberIds))] };
  }

  /** Studios any of these people lead or belong to. */
  async function studiosOf(personIds: readonly Id[]): Promise<Studio[]> {
    if (personIds.length === 0) return [];
    const [member, led] = await Promise.all([db.studios.where('memberIds').anyOf([...personIds]).toArray(), db.studios.where('leadId').anyOf([...personIds]).toArray()]);
    return [...byId([...member, ...led]).values()];
  }

  /** Years that have competitions, newest first (from the `year` index alone). */
  async function years(): Promise<number[]> {
    const keys = (await db.competitions.orderBy('year').uniqueKeys()) as number[];
    return [...keys].reverse();
  }

  return {
    years,

    /**
     * Award winners and high scorers of the year's published competitions: `'all'` for every year, undefined for
     * the newest year that has competitions. One query, so the page waits for one round of reads.
     */
    async candidates(requested: number | 'all' | undefined): Promise<PipelineView> {
      const [allYears, departments] = await Promise.all([years(), db.departments.toArray()]);
      const year = requested === 'all' ? undefined : (requested ?? allYears[0]);
      const { competitions, publications } = year === undefined && requested !== 'all' ? { competitions: [], publications: [] } : await published(year);
      const { entries, personIds } = await qualifyingEntries(competitions, publications);
      const [people, invitations, ownStudios] = await Promise.all([
        db.people.bulkGet(personIds),
        personIds.length === 0 ? [] : db.invitations.where('personId').anyOf(personIds).toArray(),
        studiosOf(personIds),
      ]);
      const persons = people.filter((p): p is Person => p !== undefined);
      const unitOf = unitResolver(departments);
      const units = new Set(persons.map((p) => unitOf(p.departmentId)));
      const unitDepartments = departments.filter((d) => units.has(unitOf(d.id))).map((d) => d.id);
      const [ofTrades, ofUnits] = await Promise.all([
        db.studios.where('trade').anyOf([...new Set(persons.map((p) => p.trade).filter((t) => t !== ''))]).toArray(),
        db.studios.where('departmentId').anyOf(unitDepartments).toArray(),
      ]);
      const studios = byId([...ownStudios, ...ofTrades, ...ofUnits]);
      const candidates = buildTalentPipeline({ competitions, publications, entries, people: persons, studios: [...studios.values()], invitations, departments });
      return { years: allYears, year, candidates, people: byId(persons), studios, departments: byId(departments) };
    },

    /** Invitations with the given status (all when undefined), newest first, with their person, studio and competition. */
    async invitations(status: InvitationStatus | undefined): Promise<InvitationRow[]> {
      const rows = status === undefined ? await db.invitations.toArray() : await db.invitations.where('status').equals(status).toArray();
      return joinInvitations(rows.sort((a, b) => (a.invitedAt < b.invitedAt ? 1 : a.invitedAt > b.invitedAt ? -1 : 0)));
    },

    /** A person's invitations (the person page's timeline), with their studio. */
    async invitationsOf(personId: Id): Promise<InvitationRow[]> {
      return joinInvitations(await db.invitations.where('personId').equals(personId).toArray());
    },

    /** Records an invitation, unless the person is already in the studio or already has a pending invitation to it. */
    async invite(draft: InvitationDraft, now = new Date()): Promise<WriteOutcome<InvitationProblem> & { id?: Id }> {
      return db.transaction('rw', [db.invitations, db.studios], async () => {
        const [studio, existing] = await Promise.all([db.studios.get(draft.studioId), db.invitations.where('personId').equals(draft.personId).toArray()]);
        const problems = checkInvitation(draft.personId, studio, existing);
        if (problems.length > 0) return { ok: false, problems };
        const id = newId();
        const note = draft.note.trim();
        await db.invitations.add(
          stamp<StudioInvitation>(
            {
              id,
              personId: draft.personId,
              studioId: draft.studioId,
              year: draft.year,
              ...(draft.competitionId ? { competitionId: draft.competitionId } : {}),
              ...(draft.award ? { award: draft.award } : {}),
              status: 'pending',
              invitedAt: now.toISOString(),
              note,
            },
            undefined,
            now,
          ),
        );
        return { ok: true, id };
      });
    },

    /**
     * Records the answer to a pending invitation: accepted makes the person a member of the studio (through the
     * studios repository, in the same transaction); declined is only recorded.
     */
    async answer(invitationId: Id, answer: Exclude<InvitationStatus, 'pending'>, now = new Date()): Promise<WriteOutcome<AnswerProblem>> {
      return db.transaction('rw', [db.invitations, db.studios], async () => {
        const invitation = await db.invitations.get(invitationId);
        if (!invitation) return { ok: false, problems: [{ code: 'not_pending', status: 'pending' }] };
        const studio = await db.studios.get(invitation.studioId);
        const problems = checkAnswer(invitation, answer, studio);
        if (problems.length > 0) return { ok: false, problems };
        await db.invitations.put(stamp<StudioInvitation>({ ...invitation, status: answer, answeredAt: now.toISOString() }, invitation, now));
        if (answer === 'accepted') await studiosRepository.addMember(invitation.studioId, invitation.personId);
        return { ok: true };
      });
    },

    /** Cohorts of award winners followed up to `untilYear`. */
    async cohorts(untilYear: number): Promise<CohortsView> {
      const { competitions, publications } = await published(undefined);
      const { entries, personIds } = await qualifyingEntries(competitions, publications);
      const [people, studios, invitations, projects, achievements] = await Promise.all([
        db.people.bulkGet(personIds),
        studiosOf(personIds),
        personIds.length === 0 ? [] : db.invitations.where('personId').anyOf(personIds).toArray(),
        personIds.length === 0 ? ([] as Project[]) : db.projects.where('memberIds').anyOf(personIds).distinct().toArray(),
        personIds.length === 0 ? ([] as Achievement[]) : db.achievements.where('ownerIds').anyOf(personIds).distinct().toArray(),
      ]);
      const persons = people.filter((p): p is Person => p !== undefined);
      const cohorts = buildCohorts({ competitions, publications, entries, people: persons, studios, invitations, projects, achievements, untilYear });
      return { cohorts, people: byId(persons) };
    },
  };

  async function joinInvitations(rows: StudioInvitation[]): Promise<InvitationRow[]> {
    const [people, studios, competitions] = await Promise.all([
      db.people.bulkGet([...new Set(rows.map((r) => r.personId))]),
      db.studios.bulkGet([...new Set(rows.map((r) => r.studioId))]),
      db.competitions.bulkGet([...new Set(rows.flatMap((r) => (r.competitionId ? [r.competitionId] : [])))]),
    ]);
    const [personById, studioById, competitionById] = [byId(people), byId(studios), byId(competitions)];
    return rows.map((invitation) => {
      const person = personById.get(invitation.personId);
      const studio = studioById.get(invitation.studioId);
      const competition = invitation.competitionId ? competitionById.get(invitation.competitionId) : undefined;
      return { invitation, ...(person ? { person } : {}), ...(studio ? { studio } : {}), ...(competition ? { competition } : {}) };
    });
  }
}

export type PipelineRepository = ReturnType<typeof createPipelineRepository>;
