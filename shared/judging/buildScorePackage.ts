/** Builds and signs a score package (format in scorePackageSchema.ts). */
import { canonicalJson } from '../competitions/package/canonicalJson';
import { signBytes } from '../crypto/signing';
import type { CryptoKeyLike } from '../crypto/webCrypto';
import type { MarkEvent } from '../domain';
import { utf8Encode } from '../competitions/webApis';
import { groupChains } from './markChain';
import { replayMarkEvents } from './replayMarkEvents';
import { SCORE_PACKAGE_FORMAT, SCORE_PACKAGE_VERSION, type ScorePackage, type UnsignedScorePackage } from './scorePackageSchema';

export interface ScorePackageInput {
  readonly competitionId: string;
  readonly rubricHash: string;
  readonly deviceId: string;
  readonly publicKey: string;
  readonly privateKey: CryptoKeyLike;
  /** This device's events for the competition (any order). */
  readonly events: readonly MarkEvent[];
  readonly exportedAt: string;
}

/** The bytes a signature covers: UTF-8 canonical JSON of the package without its signature. */
export function scorePackageSignedBytes(pkg: UnsignedScorePackage): Uint8Array {
  return utf8Encode(canonicalJson(pkg));
}

export async function buildScorePackage(input: ScorePackageInput): Promise<Uint8Array> {
  const own = input.events.filter((e) => e.competitionId === input.competitionId && e.deviceId === input.deviceId);
  const chains = [...groupChains(own).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const events = chains.flatMap(([, chain]) => chain);
  const unsigned: UnsignedScorePackage = {
    format: SCORE_PACKAGE_FORMAT,
    version: SCORE_PACKAGE_VERSION,
    exportedAt: input.exportedAt,
    competitionId: input.competitionId,
    rubricHash: input.rubricHash,
    device: { deviceId: input.deviceId, publicKey: input.publicKey },
    events,
    marks: replayMarkEvents(events).marks,
  };
  const pkg: ScorePackage = {
    ...unsigned,
    signature: { algorithm: 'Ed25519', value: await signBytes(input.privateKey, scorePackageSignedBytes(unsigned)) },
  };
  return utf8Encode(`${canonicalJson(pkg)}\n`);
}
