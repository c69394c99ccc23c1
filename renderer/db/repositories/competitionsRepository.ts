/**
 * A competition with its entries, judges, marks, appeals and publications. Writes that belong together
 * (a roster import, a draw, a status change with its effects) are one transaction each.
 */
import type {
  Competition,
  CompetitionStatus,
  Department,
  Entry,
  Person,
  RubricTemplateRecord,
} from '../../../shared/domain';
import type { NextRoundRecords } from '../../../shared/competitions/rounds/buildNextRound';
import type { JiangxinDatabase } from '../database';
import { stamp, type Draft } from './recordMeta';
import { createRecordStore } from './recordStore';
import { suggestByName } from './suggestByName';

/** What a confirmed roster import writes. */
export interface RosterImport {
  readonly competitionId: string;
  readonly newDepartments: readonly Draft<Department>[];
  readonly newPeople: readonly Draft<Person>[];
  readonly newEntries: readonly Draft<Entry>[];
}

/** One entrant's place in the public draw (anonymous codes are the encryption officer's, sealed apart). */
export interface DrawPlacement {
  readonly entryId: string;
  readonly drawOrder: number;
  readonly station?: number;
}

export interface DrawSettings {
  readonly stations?: number;
}

export function createCompetitionsRepository(db: JiangxinDatabase) {
  const now = () => new Date();

  async function getCompetition(competitionId: string): Promise<Competition> {
    const competition = await db.competitions.get(competitionId);
    if (!competition) throw new Error(`competition ${competitionId} not found`);
    return competition;
  }

  /** Writes a draw, or with `null` removes it, on the competition and all its entries. Call inside a transaction. */
  async function writeDraw(
    competitionId: string,
    draw: { seed: string; placements: readonly DrawPlacement[]; settings: DrawSettings } | null,
    at: Date,
  ): Promise<void> {
    const competition = await getCompetition(competitionId);
    const entries = await db.entries.where('competitionId').equals(competitionId).toArray();
    const byId = new Map((draw?.placements ?? []).map((p) => [p.entryId, p]));
    await db.entries.bulkPut(
      entries.map((entry) => {
        const placement = byId.get(entry.id);
        const { drawOrder: _o, station: _s, ...rest } = entry;
        return stamp<Entry>(placement ? { ...rest, drawOrder: placement.drawOrder, station: placement.station } : rest, entry, at);
      }),
    );
    const { drawSeed: _seed, drawnAt: _drawnAt, drawStations: _stations, ...base } = competition;
    const recorded = draw && {
      drawSeed: draw.seed,
      drawnAt: at.toISOString(),
      ...(draw.settings.stations === undefined ? {} : { drawStations: draw.settings.stations }),
    };
    await db.competitions.put(stamp<Competition>({ ...base, ...recorded }, competition, at));
  }

  return {
    ...createRecordStore(db.competitions),
    /** Up to `limit` competitions whose name starts with, then contains, `text` (for pickers). */
    suggest: (text: string, limit = 20) => suggestByName(db.competitions, 'name', text, limit),
    entries: createRecordStore(db.entries),
    judges: createRecordStore(db.judges),
    publications: createRecordStore(db.publications),
    appeals: createRecordStore(db.appeals),
    templates: createRecordStore<RubricTemplateRecord>(db.rubricTemplates),
    entriesOf: (competitionId: string) => db.entries.where('competitionId').equals(competitionId).toArray(),
    judgesOf: (competitionId: string) => db.judges.where('competitionId').equals(competitionId).toArray(),
    marksCount: (competitionId: string) => db.marks.where('competitionId').equals(competitionId).count(),
    openAppealsCount: (competitionId: string) => db.appeals.where('competitionId').equals(competitionId).filter((a) => a.status === 'open').count(),

    /** The rounds that follow a competition (its final), through the `previousRoundId` index. */
    nextRoundsOf: (competitionId: string) => db.competitions.where('previousRoundId').equals(competitionId).toArray(),

    /**
     * Creates a next round (competition and its entries) in one transaction; refused when the preliminary is gone or
     * already has a next round (another window may have made one since the user looked).
     */
    async createNextRound(records: NextRoundRecords): Promise<void> {
      const at = now();
      const previousId = records.competition.previousRoundId;
      await db.transaction('rw', [db.competitions, db.entries], async () => {
        if (!previousId || !(await db.competitions.get(previousId))) throw new Error(`preliminary ${previousId ?? '?'} not found`);
        if ((await db.competitions.where('previousRoundId').equals(previousId).count()) > 0) throw new Error('the next round already exists');
        await db.competitions.add(stamp<Competition>(records.competition, undefined, at));
        await db.entries.bulkAdd(records.entries.map((e) => stamp<Entry>(e, undefined, at)));
      });
    },

    /** Number of entries per competition id, for list views. */
    async entryCounts(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      await db.entries.orderBy('competitionId').eachKey((key) => {
        const id = String(key);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      return counts;
    },

    /** Writes a confirmed roster import whole or not at all. Existing people are never modified. */
    async importRoster({ newDepartments, newPeople, newEntries }: RosterImport): Promise<void> {
      const at = now();
      await db.transaction('rw', [db.departments, db.people, db.entries], async () => {
        await db.departments.bulkAdd(newDepartments.map((d) => stamp<Department>(d, undefined, at)));
        await db.people.bulkAdd(newPeople.map((p) => stamp<Person>(p, undefined, at)));
        await db.entries.bulkAdd(newEntries.map((e) => stamp<Entry>(e, undefined, at)));
      });
    },

    /** Saves several entries at once (check-in, status changes), each with its version bumped. */
    async saveEntries(drafts: readonly Draft<Entry>[]): Promise<void> {
      const at = now();
      await db.transaction('rw', db.entries, async () => {
        const stored = await db.entries.bulkGet(drafts.map((d) => d.id));
        await db.entries.bulkPut(drafts.map((d, i) => stamp<Entry>(d, stored[i], at)));
      });
    },

    /** Records a draw: the seed and settings on the competition, every entrant's order and station. */
    async applyDraw(competitionId: string, seed: string, placements: readonly DrawPlacement[], settings: DrawSettings = {}): Promise<void> {
      await db.transaction('rw', [db.competitions, db.entries], () => writeDraw(competitionId, { seed, placements, settings }, now()));
    },

    /**
     * Moves the competition to a new status; with `clearDraw` (going back from drawn to registration) the draw
     * is removed in the same transaction, so the status and the draw never disagree.
     */
    async setStatus(competitionId: string, status: CompetitionStatus, { clearDraw = false } = {}): Promise<void> {
      const at = now();
      await db.transaction('rw', [db.competitions, db.entries], async () => {
        if (clearDraw) await writeDraw(competitionId, null, at);
        const competition = await getCompetition(competitionId);
        await db.competitions.put(stamp<Competition>({ ...competition, status }, competition, at));
      });
    },
  };
}

export type CompetitionsRepository = ReturnType<typeof createCompetitionsRepository>;
