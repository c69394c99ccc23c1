/**
 * The judge laptop's side: competition packages imported from USB, the master key pinned on first import, and
 * wrong-PIN counts. One package per competition: the same file again changes nothing, a newer export replaces
 * the older one, and a package signed by another key than the pinned one is refused with nothing written.
 */
import { checkPackageImport, type PackageImportDecision } from '../../../shared/competitions/package/checkPackageImport';
import type { CompetitionPackage } from '../../../shared/competitions/package/competitionPackageSchema';
import { NO_PIN_FAILURES, type PinAttemptState } from '../../../shared/competitions/pin/pinLockout';
import type { CompetitionPackageRow, JiangxinDatabase } from '../database';

export type PackageImportOutcome = 'added' | 'unchanged' | 'replaced' | 'older' | 'confirm_key' | 'other_key';

const outcomeOf: Record<PackageImportDecision['kind'], PackageImportOutcome> = {
  confirm_key: 'confirm_key',
  other_key: 'other_key',
  unchanged: 'unchanged',
  older: 'older',
  add: 'added',
  replace: 'replaced',
};

const attemptId = (competitionId: string, judgeId: string) => `${competitionId}/${judgeId}`;

export function createJudgingRepository(db: JiangxinDatabase) {
  return {
    packages: () => db.competitionPackages.orderBy('importedAt').reverse().toArray(),
    packageOf: (competitionId: string) => db.competitionPackages.get(competitionId),
    /** The master key this laptop pinned, if any. */
    pinnedKey: async () => (await db.pinnedKeys.toArray())[0],

    /**
     * Stores a verified package. Without a pinned key it returns `confirm_key` and writes nothing, unless
     * `confirmedKey` is the package's key: a person compared its fingerprint with the master's, and it is pinned
     * in the same transaction as the package.
     */
    async importPackage(
      pkg: CompetitionPackage,
      { confirmedKey, fingerprint = '', importedAt = new Date() }: { confirmedKey?: string; fingerprint?: string; importedAt?: Date } = {},
    ): Promise<PackageImportOutcome> {
      return db.transaction('rw', [db.competitionPackages, db.pinnedKeys, db.pinAttempts], async () => {
        const pinned = (await db.pinnedKeys.toArray())[0];
        const confirming = !pinned && confirmedKey !== undefined && confirmedKey === pkg.signer.publicKey;
        const stored = await db.competitionPackages.get(pkg.competition.id);
        const decision = checkPackageImport(pkg, confirming ? pkg.signer.publicKey : pinned?.publicKey, stored?.pkg);
        if (decision.kind !== 'add' && decision.kind !== 'replace') return outcomeOf[decision.kind];
        if (confirming) await db.pinnedKeys.put({ publicKey: pkg.signer.publicKey, fingerprint, pinnedAt: importedAt.toISOString() });
        const row: CompetitionPackageRow = {
          id: pkg.competition.id,
          competitionId: pkg.competition.id,
          importedAt: importedAt.toISOString(),
          checksum: pkg.checksum.value,
          pkg,
        };
        await db.competitionPackages.put(row);
        // A new package may carry new PINs set on the master: earlier wrong tries no longer count.
        if (stored) await db.pinAttempts.where('id').startsWith(`${pkg.competition.id}/`).delete();
        return outcomeOf[decision.kind];
      });
    },

    async pinAttempts(competitionId: string, judgeId: string): Promise<PinAttemptState> {
      const row = await db.pinAttempts.get(attemptId(competitionId, judgeId));
      return row ? { failures: row.failures, locked: row.locked, ...(row.lastFailureAt === undefined ? {} : { lastFailureAt: row.lastFailureAt }) } : NO_PIN_FAILURES;
    },

    async savePinAttempts(competitionId: string, judgeId: string, state: PinAttemptState): Promise<void> {
      await db.pinAttempts.put({ id: attemptId(competitionId, judgeId), ...state });
    },

    /** A right PIN, or the chief judge lifting a lock. */
    async clearPinAttempts(competitionId: string, judgeId: string): Promise<void> {
      await db.pinAttempts.delete(attemptId(competitionId, judgeId));
    },

    /** Judges of a competition locked on this laptop. */
    async lockedJudges(competitionId: string): Promise<string[]> {
      const rows = await db.pinAttempts.where('id').startsWith(`${competitionId}/`).toArray();
      return rows.filter((r) => r.locked).map((r) => r.id.slice(competitionId.length + 1));
    },
  };
}

export type JudgingRepository = ReturnType<typeof createJudgingRepository>;
