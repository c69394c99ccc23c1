/**
 * Sealing on the master laptop: the encryption officer's sealed code maps (二次加密) and this device's signing key.
 * The code → entry map is written only as a passphrase box; `unseal` (揭封) is the one way back, and what it
 * returns lives in memory only (see ../unsealedCodeMaps.ts).
 */
import type { CodeMap } from '../../../shared/competitions/sealing/codeMap';
import { codesOf, openCodeMap, sealCodeMap } from '../../../shared/competitions/sealing/codeMap';
import { compareIds } from '../../../shared/competitions/draw/drawCompetition';
import type { PassphraseBox } from '../../../shared/crypto/passphraseBox';
import { keyFingerprint } from '../../../shared/crypto/signing';
import type { CryptoKeyLike } from '../../../shared/crypto/webCrypto';
import type { JiangxinDatabase, SealedMapRow } from '../database';
import { loadOrCreateDeviceKey } from './deviceKey';


export interface DeviceSigningKey {
  readonly privateKey: CryptoKeyLike;
  readonly publicKey: string;
  readonly fingerprint: string;
}

/** The row for a map sealed elsewhere (the box made already), e.g. the demo's. */
export function sealedMapRow(map: CodeMap, box: PassphraseBox, sealedBy: string, sealedAt: Date): SealedMapRow {
  return {
    competitionId: map.competitionId,
    box,
    codes: codesOf(map),
    entryIds: [...map.codes.keys()].sort(compareIds),
    sealedAt: sealedAt.toISOString(),
    sealedBy,
  };
}

export function createSealingRepository(db: JiangxinDatabase) {
  let keyPromise: Promise<DeviceSigningKey> | undefined;

  async function loadOrCreateKey(): Promise<DeviceSigningKey> {
    const kept = await loadOrCreateDeviceKey(db);
    return { privateKey: kept.privateKey, publicKey: kept.publicKey, fingerprint: (await keyFingerprint(kept.publicKey))! };
  }

  return {
    sealedMapOf: (competitionId: string) => db.sealedMaps.get(competitionId),

    /**
     * Seals a freshly drawn code map under the officer's passphrase, replacing any earlier one. The slow key
     * derivation runs before the write, so the transaction stays short.
     */
    async seal(map: CodeMap, passphrase: string, sealedBy: string, iterations?: number): Promise<SealedMapRow> {
      const box = await sealCodeMap(map, passphrase, iterations);
      const row = sealedMapRow(map, box, sealedBy, new Date());
      await db.sealedMaps.put(row);
      return row;
    },

    /** 揭封: the map entry → code; throws WrongPassphraseError for a wrong passphrase, or when nothing is sealed. */
    async unseal(competitionId: string, passphrase: string): Promise<CodeMap> {
      const row = await db.sealedMaps.get(competitionId);
      if (!row) throw new Error(`no sealed code map for ${competitionId}`);
      return openCodeMap(row.box, passphrase, competitionId);
    },

    /** This device's signing key, made on first use (private key non-extractable). */
    signingKey(): Promise<DeviceSigningKey> {
      keyPromise ??= loadOrCreateKey();
      return keyPromise;
    },
  };
}

export type SealingRepository = ReturnType<typeof createSealingRepository>;
