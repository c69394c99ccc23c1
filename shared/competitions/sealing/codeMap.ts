/**
 * The sealed code map: which entry holds which anonymous code, encrypted under the encryption officer's
 * passphrase with shared/crypto/passphraseBox (PBKDF2 → AES-256-GCM). Sealing and unsealing (揭封) are the only
 * ways in and out; a wrong passphrase or an altered box opens nothing. There is no recovery without the
 * passphrase, which is why the sealing screen says so before one is set and offers a printed copy.
 */
import { z } from 'zod';
import {
  openPassphraseBox,
  PASSPHRASE_PBKDF2_ITERATIONS,
  sealWithPassphrase,
  type PassphraseBox,
} from '../../crypto/passphraseBox';
import { decodeText, utf8Encode } from '../webApis';
import { canonicalJson } from '../package/canonicalJson';
import { compareCodes } from './drawAnonymousCodes';

export const CODE_MAP_FORMAT = 'jiangxin.code-map';
/** Passphrases shorter than this are refused when sealing: the map is only as safe as the passphrase. */
export const PASSPHRASE_MIN_LENGTH = 10;

const codeMapSchema = z.strictObject({
  format: z.literal(CODE_MAP_FORMAT),
  version: z.literal(1),
  competitionId: z.string().min(1),
  /** entry id → anonymous code */
  codes: z.record(z.string(), z.string().regex(/^[^:\s]{1,20}$/)),
});

/** An unsealed map, held in memory only. */
export interface CodeMap {
  readonly competitionId: string;
  /** entry id → code */
  readonly codes: ReadonlyMap<string, string>;
}

export type PassphraseIssue = { code: 'passphrase_too_short'; params: { min: number } } | { code: 'passphrases_differ' };

/** What is wrong with a new passphrase and its repetition; empty when it can seal. */
export function checkNewPassphrase(passphrase: string, repeated: string): PassphraseIssue[] {
  const issues: PassphraseIssue[] = [];
  if ([...passphrase.trim()].length < PASSPHRASE_MIN_LENGTH) issues.push({ code: 'passphrase_too_short', params: { min: PASSPHRASE_MIN_LENGTH } });
  if (passphrase !== repeated) issues.push({ code: 'passphrases_differ' });
  return issues;
}

/** The codes alone, in code order, with nothing linking them to entries (what packages and sheets carry). */
export function codesOf(map: Pick<CodeMap, 'codes'>): string[] {
  return [...map.codes.values()].sort(compareCodes);
}

export async function sealCodeMap(map: CodeMap, passphrase: string, iterations = PASSPHRASE_PBKDF2_ITERATIONS): Promise<PassphraseBox> {
  const plain = {
    format: CODE_MAP_FORMAT,
    version: 1,
    competitionId: map.competitionId,
    codes: Object.fromEntries(map.codes),
  };
  return sealWithPassphrase(utf8Encode(canonicalJson(plain)), passphrase, iterations);
}

/** Thrown when a box opens but does not hold this competition's map (a box copied from another competition). */
export class CodeMapMismatchError extends Error {
  constructor() {
    super('the sealed box does not hold this competition’s code map');
    this.name = 'CodeMapMismatchError';
  }
}

/** Unseals (揭封); throws WrongPassphraseError for a wrong passphrase or an altered box. */
export async function openCodeMap(box: PassphraseBox, passphrase: string, competitionId: string): Promise<CodeMap> {
  const bytes = await openPassphraseBox(box, passphrase);
  const parsed = codeMapSchema.safeParse(JSON.parse(decodeText(bytes, 'utf-8', true)));
  if (!parsed.success || parsed.data.competitionId !== competitionId) throw new CodeMapMismatchError();
  return { competitionId, codes: new Map(Object.entries(parsed.data.codes)) };
}
