import type { CompetitionPackage } from '../../../shared/competitions/package/competitionPackageSchema';
import type { Repositories } from '../../db/repositories';
import type { PackageImportOutcome } from '../../db/repositories/judgingRepository';
import { autoBackupBefore } from '../backup/autoBackup';

export type PackageImportResult =
  | { readonly ok: true; readonly outcome: Exclude<PackageImportOutcome, 'confirm_key' | 'other_key'>; readonly competitionName: string }
  /** First import on this laptop: show the fingerprint; call confirmPackageKey once a person confirmed it. */
  | { readonly ok: 'confirm'; readonly pkg: CompetitionPackage; readonly fingerprint: string }
  | { readonly ok: false; readonly code: string; readonly params: Readonly<Record<string, string | number>> };

/** Reads, verifies and stores a competition package; a refused file writes nothing. */
export async function importCompetitionPackage(repositories: Repositories, bytes: Uint8Array): Promise<PackageImportResult> {
  const { parseCompetitionPackage } = await import('../../../shared/competitions/package/parseCompetitionPackage');
  const parsed = await parseCompetitionPackage(bytes);
  if (!parsed.ok) return { ok: false, code: parsed.error.code, params: parsed.error.params ?? {} };
  await autoBackupBefore(repositories, 'before-import');
  const outcome = await repositories.judging.importPackage(parsed.pkg, { fingerprint: parsed.fingerprint });
  if (outcome === 'confirm_key') return { ok: 'confirm', pkg: parsed.pkg, fingerprint: parsed.fingerprint };
  if (outcome === 'other_key') return { ok: false, code: 'other_key', params: {} };
  return { ok: true, outcome, competitionName: parsed.pkg.competition.name };
}

/** Pins the package's key (confirmed by a person against the master's fingerprint) and imports the package. */
export async function confirmPackageKey(repositories: Repositories, pkg: CompetitionPackage, fingerprint: string): Promise<PackageImportResult> {
  const outcome = await repositories.judging.importPackage(pkg, { confirmedKey: pkg.signer.publicKey, fingerprint });
  if (outcome === 'confirm_key' || outcome === 'other_key') return { ok: false, code: 'other_key', params: {} };
  return { ok: true, outcome, competitionName: pkg.competition.name };
}
