import type { Repositories } from '../../db/repositories';
import type { PackageImportOutcome } from '../../db/repositories/judgingRepository';
import { autoBackupBefore } from '../backup/autoBackup';

export type PackageImportResult =
  | { readonly ok: true; readonly outcome: PackageImportOutcome; readonly competitionName: string }
  | { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

/** Reads, checks and stores a competition package; a bad file writes nothing. */
export async function importCompetitionPackage(repositories: Repositories, bytes: Uint8Array): Promise<PackageImportResult> {
  const { parseCompetitionPackage } = await import('../../../shared/competitions/package/parseCompetitionPackage');
  const parsed = await parseCompetitionPackage(bytes);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params ?? {} };
  await autoBackupBefore(repositories, 'before-import');
  const outcome = await repositories.judging.importPackage(parsed.pkg);
  return { ok: true, outcome, competitionName: parsed.pkg.competition.name };
}
