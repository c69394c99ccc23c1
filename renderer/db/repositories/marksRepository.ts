/**
 * Marks and their event log (DESIGN §2, §4). Every committed value is appended to the device's hash chain and the
 * `marks` view is updated in the same transaction, so a value shown as saved survives a crash. Score packages
 * are exported from this device's chains and imported on the master after verification, whole or not at all.
 */
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { keyFingerprint } from '../../../shared/crypto/signing';
import { MARK_EVENT_TYPES, type Mark, type MarkEvent, type MarkEventType, type Rubric } from '../../../shared/domain';
import {
  buildScorePackage,
  chainMarkEvent,
  groupChains,
  markAfterEvent,
  markIdOf,
  mergeScopeOf,
  planScoreMerge,
  replayMarkEvents,
  rubricHash,
  submittedKeyOf,
  verifyMarkChain,
  verifyScorePackage,
  type ChainIssue,
  type MarkEventDraft,
  type ScorePackageErrorCode,
} from '../../../shared/judging';
import { canonicalJson } from '../../../shared/competitions/package/canonicalJson';
import { sha256Hex } from '../../../shared/competitions/webApis';
import type { DeviceKeyRow, JiangxinDatabase, ScorePackageRow } from '../database';
import { loadOrCreateDeviceKey } from './deviceKey';


export type ScoreImportResult =
  | { readonly ok: true; readonly outcome: 'imported' | 'unchanged'; readonly report: ScorePackageRow['report'] }
  | { readonly ok: true; readonly outcome: 'confirm_key'; readonly deviceId: string; readonly fingerprint: string }
  | { readonly ok: false; readonly code: ScorePackageErrorCode | 'chain_forked' | 'no_competition'; readonly params: Readonly<Record<string, string | number>> };

/** Events that change lock state rather than a mark's value. */
const LOCK_EVENT_TYPES: readonly MarkEventType[] = MARK_EVENT_TYPES.filter((type) => type !== 'set' && type !== 'clear');

/** What changed in the marks table: the ids written or deleted, or `all` when a whole range was (bulk writes). */
export type MarksChange = { readonly ids: readonly string[] } | 'all';

export function createMarksRepository(db: JiangxinDatabase) {
  const chainRange = (c: string, a: string, d: string) =>
    db.markEvents.where('[competitionId+assignmentId+deviceId+seq]').between([c, a, d, Dexie.minKey], [c, a, d, Dexie.maxKey]);

  /** This device's id and key, made on first use. */
  const deviceKey = (): Promise<DeviceKeyRow> => loadOrCreateDeviceKey(db);

  /** Appends one event to its chain and updates the marks view, in one transaction. */
  async function append(draft: MarkEventDraft): Promise<MarkEvent> {
    return db.transaction('rw', db.markEvents, db.marks, async () => {
      const last = await chainRange(draft.competitionId, draft.assignmentId, draft.deviceId).last();
      const event = chainMarkEvent(last, draft);
      await db.markEvents.add(event);
      await applyToView(event);
      return event;
    });
  }

  async function applyToView(event: MarkEvent): Promise<void> {
    if ((event.type === 'set' || event.type === 'clear') && event.moduleId && event.itemId && event.subjectRef) {
      const id = markIdOf({ assignmentId: event.assignmentId, moduleId: event.moduleId, itemId: event.itemId, subjectRef: event.subjectRef });
      const after = markAfterEvent(await db.marks.get(id), event);
      if (after) await db.marks.put(after);
      else await db.marks.delete(id);
      return;
    }
    // Lock changes touch many marks: rebuild the competition's view from its log.
    await rebuildView(event.competitionId);
  }

  /** The stored events a merge of `incoming` must see (mergeScopeOf), read through indexes. */
  async function storedInScope(competitionId: string, incoming: readonly MarkEvent[]): Promise<MarkEvent[]> {
    const scope = mergeScopeOf(incoming);
    if (scope.everything) return db.markEvents.where('competitionId').equals(competitionId).toArray();
    const [own, signOffs] = await Promise.all([
      db.markEvents.where('[competitionId+assignmentId]').anyOf(scope.assignmentIds.map((a) => [competitionId, a])).toArray(),
      db.markEvents.where('[competitionId+type]').equals([competitionId, 'sign_off']).toArray(),
    ]);
    const ids = new Set(own.map((e) => e.id));
    return [...own, ...signOffs.filter((e) => !ids.has(e.id))];
  }

  async function rebuildView(competitionId: string, events?: readonly MarkEvent[]): Promise<Mark[]> {
    const all = events ?? (await db.markEvents.where('competitionId').equals(competitionId).toArray());
    const { marks } = replayMarkEvents(all);
    await db.marks.where('competitionId').equals(competitionId).delete();
    await db.marks.bulkPut(marks);
    return marks;
  }

  return {
    deviceKey,
    append,

    marksOf: (competitionId: string) => db.marks.where('competitionId').equals(competitionId).toArray(),
    /** The marks with these ids that still exist (any competition). */
    marksByIds: async (ids: readonly string[]): Promise<Mark[]> => (await db.marks.bulkGet([...ids])).filter((m): m is Mark => m !== undefined),

    /**
     * Calls `listener` after every committed write to the marks table, in this window or another, with the ids of
     * the marks written or deleted (`all` after a bulk write or a cleared range). Lets a board that keeps the marks
     * in memory re-read only what changed, instead of every mark on each save. Returns the unsubscribe function.
     */
    onMarksChanged(listener: (change: MarksChange) => void): () => void {
      const part = `idb://${db.name}/marks/`;
      const handler = (parts: ObservabilitySet) => {
        const keys = parts[part];
        if (!keys) return;
        const ids: string[] = [];
        for (const range of RangeSet(keys)) {
          if (typeof range.from !== 'string' || range.from !== range.to) return listener('all');
          ids.push(range.from);
        }
        if (ids.length > 0) listener({ ids });
      };
      Dexie.on('storagemutated', handler);
      return () => Dexie.on('storagemutated').unsubscribe(handler);
    },
    marksOfAssignment: (competitionId: string, assignmentId: string) =>
      db.marks.where('[competitionId+assignmentId]').equals([competitionId, assignmentId]).toArray(),
    eventsOf: (competitionId: string) => db.markEvents.where('competitionId').equals(competitionId).toArray(),
    eventsOfAssignment: (competitionId: string, assignmentId: string) =>
      db.markEvents.where('[competitionId+assignmentId]').equals([competitionId, assignmentId]).toArray(),

    /** Submitted modules and sign-off, from the log. */
    async lockState(competitionId: string) {
      const { submitted, signedOffAt } = replayMarkEvents(
        await db.markEvents
          .where('[competitionId+type]')
          .anyOf(LOCK_EVENT_TYPES.map((type) => [competitionId, type]))
          .toArray(),
      );
      return { submitted, signedOffAt, isSubmitted: (assignmentId: string, moduleId: string) => submitted.has(submittedKeyOf(assignmentId, moduleId)) };
    },

    /** Re-checks every chain of the competition and that the marks view is what the log gives. */
    async verifyChains(competitionId: string): Promise<{ chains: number; events: number; issues: ChainIssue[]; viewMatches: boolean }> {
      const events = await db.markEvents.where('competitionId').equals(competitionId).toArray();
      const chains = groupChains(events);
      const issues = [...chains.values()].flatMap((chain) => verifyMarkChain(chain));
      const stored = (await db.marks.where('competitionId').equals(competitionId).sortBy('id')) as Mark[];
      const viewMatches = canonicalJson(stored) === canonicalJson(replayMarkEvents(events).marks);
      return { chains: chains.size, events: events.length, issues, viewMatches };
    },

    /** The rubric hash score packages of this competition must carry: frozen at package export, else the current one. */
    async expectedRubricHash(competitionId: string, current: Rubric): Promise<string> {
      return (await db.frozenRubrics.get(competitionId))?.rubricHash ?? rubricHash(current);
    },

    /** Freezes the rubric when the competition package is exported (the latest export wins). */
    async freezeRubric(competitionId: string, rubric: Rubric): Promise<void> {
      await db.frozenRubrics.put({ competitionId, rubric, rubricHash: rubricHash(rubric), frozenAt: new Date().toISOString() });
    },

    /** This device's score package for a competition, signed with its key. */
    async exportScorePackage(competitionId: string, rubric: Rubric, exportedAt = new Date()): Promise<Uint8Array> {
      const key = await deviceKey();
      const events = await db.markEvents.where('competitionId').equals(competitionId).filter((e) => e.deviceId === key.deviceId).toArray();
      return buildScorePackage({
        competitionId,
        rubricHash: rubricHash(rubric),
        deviceId: key.deviceId,
        publicKey: key.publicKey,
        privateKey: key.privateKey,
        events,
        exportedAt: exportedAt.toISOString(),
      });
    },

    /**
     * Imports a score package on the master. Nothing is written unless every check passes; a device seen for the
     * first time returns `confirm_key` with its fingerprint until the caller passes `confirmedFingerprint`.
     */
    async importScorePackage(
      competitionId: string,
      bytes: Uint8Array,
      options: { confirmedFingerprint?: string; now?: Date } = {},
    ): Promise<ScoreImportResult> {
      const checksum = await sha256Hex(bytes);
      const known = await db.scorePackages.get(checksum);
      if (known && known.competitionId === competitionId) return { ok: true, outcome: 'unchanged', report: { ...known.report, newMarks: 0, conflictMarks: 0, newEvents: 0, unchangedMarks: known.report.newMarks + known.report.unchangedMarks } };
      const competition = await db.competitions.get(competitionId);
      if (!competition) return { ok: false, code: 'no_competition', params: {} };
      const assignments = await db.judges.where('competitionId').equals(competitionId).primaryKeys();
      const pinned = new Map((await db.pinnedDeviceKeys.toArray()).map((row) => [row.deviceId, row.publicKey]));
      const check = await verifyScorePackage(bytes, {
        competitionId,
        rubricHash: (await db.frozenRubrics.get(competitionId))?.rubricHash ?? rubricHash(competition.rubric),
        assignmentIds: new Set(assignments),
        pinnedKeyOf: (deviceId) => pinned.get(deviceId),
      });
      if (!check.ok) return check;
      const { pkg } = check;
      if (check.firstImport && options.confirmedFingerprint !== check.fingerprint) {
        return { ok: true, outcome: 'confirm_key', deviceId: pkg.device.deviceId, fingerprint: check.fingerprint };
      }
      const now = (options.now ?? new Date()).toISOString();
      return db.transaction('rw', [db.markEvents, db.marks, db.scorePackages, db.pinnedDeviceKeys], async (): Promise<ScoreImportResult> => {
        const merge = planScoreMerge(await storedInScope(competitionId, pkg.events), pkg.events, pkg.marks);
        if (!merge.ok) return merge;
        const { plan } = merge;
        // Only what changes is written: the new events, and the marks they add, change or clear.
        if (plan.newEvents.length > 0) await db.markEvents.bulkAdd(plan.newEvents as MarkEvent[]);
        if (plan.markIdsToDelete.length > 0) await db.marks.bulkDelete([...plan.markIdsToDelete]);
        if (plan.marksToPut.length > 0) await db.marks.bulkPut(plan.marksToPut as Mark[]);
        if (check.firstImport) {
          await db.pinnedDeviceKeys.put({ deviceId: pkg.device.deviceId, publicKey: pkg.device.publicKey, fingerprint: check.fingerprint, pinnedAt: now });
        }
        await db.scorePackages.put({ checksum, competitionId, deviceId: pkg.device.deviceId, importedAt: now, report: plan.report });
        return { ok: true, outcome: plan.newEvents.length > 0 ? 'imported' : 'unchanged', report: plan.report };
      });
    },

    importedPackages: (competitionId: string) => db.scorePackages.where('competitionId').equals(competitionId).toArray(),
    pinnedKeys: () => db.pinnedDeviceKeys.toArray(),
    /** Pins a judge laptop's key handed over at set-up, before any package arrives. */
    async pinDeviceKey(deviceId: string, publicKey: string): Promise<void> {
      await db.pinnedDeviceKeys.put({ deviceId, publicKey, fingerprint: (await keyFingerprint(publicKey)) ?? '', pinnedAt: new Date().toISOString() });
    },

    review: (competitionId: string) => db.reviews.get(competitionId),
    saveReview: (row: Parameters<typeof db.reviews.put>[0]) => db.reviews.put(row),
    rebuildView: (competitionId: string) => db.transaction('rw', db.markEvents, db.marks, () => rebuildView(competitionId)),
  };
}

export type MarksRepository = ReturnType<typeof createMarksRepository>;
