/** A signed competition package built from the drawn test competition, for tests of the paths that read one. */
import { exportPublicKey, generateSigningKeyPair } from '../../crypto/signing';
import { buildCompetitionPackage } from '../package/buildCompetitionPackage';
import { codesOf } from '../sealing/codeMap';
import { drawAnonymousCodes } from '../sealing/drawAnonymousCodes';
import { drawnCompetition, judgeAssignments, testRandomBytes } from './competitionFixture';

export async function signedPackageFixture(): Promise<Uint8Array> {
  const { competition, entries } = drawnCompetition();
  const assignments = await judgeAssignments(competition);
  const codeOf = drawAnonymousCodes(entries.map((e) => e.id), testRandomBytes(), 'K').codes;
  const pair = await generateSigningKeyPair();
  const signer = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  return buildCompetitionPackage(
    {
      competition,
      entries,
      sealed: { codes: codesOf({ codes: codeOf }), entryIds: [...codeOf.keys()] },
      judges: [{ assignment: assignments[0]!, displayName: '裁判长' }],
      exportedAt: '2024-05-16T08:30:00.000Z',
    },
    signer,
  );
}
