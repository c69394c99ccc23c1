/**
 * The judge laptop's side: competition packages imported from USB (anonymous codes only). One package per
 * competition: the same file again changes nothing, a newer export replaces the older one.
 */
import type { CompetitionPackageV1 } from '../../../shared/competitions/package/competitionPackageSchema';
import type { CompetitionPackageRow, JiangxinDatabase } from '../database';

export type PackageImportOutcome = 'added' | 'unchanged' | 'replaced' | 'older';

export function createJudgingRepository(db: JiangxinDatabase) {
  return {
    packages: () => db.competitionPackages.orderBy('importedAt').reverse().toArray(),
    packageOf: (competitionId: string) => db.competitionPackages.get(competitionId),

    async importPackage(pkg: CompetitionPackageV1, importedAt = new Date()): Promise<PackageImportOutcome> {
      return db.transaction('rw', db.competitionPackages, async () => {
        const stored = await db.competitionPackages.get(pkg.competition.id);
        if (stored?.checksum === pkg.checksum.value) return 'unchanged';
        if (stored && stored.pkg.exportedAt > pkg.exportedAt) return 'older';
        const row: CompetitionPackageRow = {
          id: pkg.competition.id,
          competitionId: pkg.competition.id,
          importedAt: importedAt.toISOString(),
          checksum: pkg.checksum.value,
          pkg,
        };
        await db.competitionPackages.put(row);
        return stored ? 'replaced' : 'added';
      });
    },
  };
}

export type JudgingRepository = ReturnType<typeof createJudgingRepository>;
