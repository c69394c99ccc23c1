/**
 * What a judge laptop does with a verified package, given what it already holds: the master key it pinned (if
 * any) and the package of the same competition already imported (if any). Dates are compared as instants, not
 * as strings, so "2024-05-16T08:30:00+08:00" and "2024-05-16T00:30:00.000Z" are the same moment.
 */
import type { CompetitionPackage } from './competitionPackageSchema';

export type PackageImportDecision =
  /** No master key pinned yet: show the fingerprint and import only once a person confirms it. */
  | { readonly kind: 'confirm_key' }
  /** Signed by another key than the pinned master key: refuse. */
  | { readonly kind: 'other_key' }
  /** The same package (same checksum) is already here. */
  | { readonly kind: 'unchanged' }
  /** A package exported earlier than the one already here: refuse, keep the newer. */
  | { readonly kind: 'older' }
  | { readonly kind: 'add' }
  | { readonly kind: 'replace' };

export function checkPackageImport(
  pkg: Pick<CompetitionPackage, 'signer' | 'checksum' | 'exportedAt'>,
  pinnedKey: string | undefined,
  stored: Pick<CompetitionPackage, 'checksum' | 'exportedAt'> | undefined,
): PackageImportDecision {
  if (pinnedKey === undefined) return { kind: 'confirm_key' };
  if (pinnedKey !== pkg.signer.publicKey) return { kind: 'other_key' };
  if (!stored) return { kind: 'add' };
  if (stored.checksum.value === pkg.checksum.value) return { kind: 'unchanged' };
  if (Date.parse(stored.exportedAt) > Date.parse(pkg.exportedAt)) return { kind: 'older' };
  return { kind: 'replace' };
}
