/**
 * Builds and signs the competition package file (format in competitionPackageSchema.ts and docs/formats.md).
 * Every member is rebuilt field by field from an allow-list — never spread from the records — so a field added
 * to Entry later cannot leak into the file by accident. No entry id is written: a live subject is its running
 * order, a sealed subject its anonymous code, and the two lists are not linked.
 */
import type { Competition, Entry, JudgeAssignment } from '../../domain';
import { signBytes } from '../../crypto/signing';
import type { CryptoKeyLike } from '../../crypto/webCrypto';
import { PIN_PBKDF2_ITERATIONS } from '../pin/hashPin';
import { compareCodes } from '../sealing/drawAnonymousCodes';
import { entryTakesPart } from '../status/entryTakesPart';
import { utf8Encode } from '../webApis';
import { canonicalJson } from './canonicalJson';
import {
  COMPETITION_PACKAGE_FORMAT,
  COMPETITION_PACKAGE_VERSION,
  competitionPackageV2Schema,
  LIVE_REF_PREFIX,
  packageCompetitionSchema,
  type LiveSubject,
  type PackageJudge,
} from './competitionPackageSchema';
import { packageChecksum, signedContentBytes } from './packageChecksum';

export const PACKAGE_BUILD_ISSUE_CODES = [
  /** Packages are made once the draw is done: status drawn or scoring. params: { status } */
  'wrong_status',
  /** A live module needs running orders: an entry taking part has none (draw not done). params: { count } */
  'entries_not_drawn',
  /** A sealed module needs codes: the encryption officer has not sealed them yet. */
  'codes_not_sealed',
  /** Entries taking part have no anonymous code (registered after sealing): seal again. params: { count } */
  'entries_without_code',
  /** params: { assignmentId } */
  'judge_without_pin',
  /** params: { assignmentId } */
  'judge_without_display_name',
  /** params: { assignmentId, moduleId } */
  'judge_unknown_module',
  /** A judge scores a live and a sealed module: they would see entrants at work and then their codes. params: { assignmentId } */
  'judge_live_and_sealed',
  /** An entry or assignment of another competition was passed in. params: { id } */
  'other_competition',
] as const;
export type PackageBuildIssueCode = (typeof PACKAGE_BUILD_ISSUE_CODES)[number];

export interface PackageBuildIssue {
  code: PackageBuildIssueCode;
  params: Readonly<Record<string, string | number>>;
}

/** What the master knows of the sealed codes without unsealing: the codes, and which entries got one, unlinked. */
export interface SealedCodesSummary {
  readonly codes: readonly string[];
  readonly entryIds: readonly string[];
}

export interface CompetitionPackageInput {
  competition: Competition;
  /** Entries of the competition: those taking part give the live subjects. */
  entries: readonly Entry[];
  /** The sealed code map's public summary, when the encryption officer has sealed one. */
  sealed?: SealedCodesSummary | undefined;
  /** The judges to put on the judge laptops, each with the label shown at sign-in. */
  judges: readonly { assignment: JudgeAssignment; displayName: string }[];
  /** Export time (ISO 8601), passed in so the same input gives the same bytes. */
  exportedAt: string;
}

export interface PackageSigner {
  /** The master's non-extractable Ed25519 private key. */
  readonly privateKey: CryptoKeyLike;
  /** Its public key, raw 32 bytes in base64. */
  readonly publicKey: string;
}

/** Thrown by buildCompetitionPackage when checkCompetitionPackageInput finds issues. */
export class CompetitionPackageBuildError extends Error {
  constructor(readonly issues: readonly PackageBuildIssue[]) {
    super(`competition package cannot be built: ${issues.map((i) => i.code).join(', ')}`);
    this.name = 'CompetitionPackageBuildError';
  }
}

function judgingModes(competition: Competition) {
  const modules = competition.rubric.parts.flatMap((p) => p.modules);
  const modeOf = new Map(modules.map((m) => [m.id, m.judging]));
  return { modeOf, live: modules.some((m) => m.judging === 'live'), sealed: modules.some((m) => m.judging === 'sealed') };
}

/** What stops a package from being built; empty when it can be. The UI shows these before offering export. */
export function checkCompetitionPackageInput(input: CompetitionPackageInput): PackageBuildIssue[] {
  const issues: PackageBuildIssue[] = [];
  const { competition } = input;
  if (competition.status !== 'drawn' && competition.status !== 'scoring') {
    issues.push({ code: 'wrong_status', params: { status: competition.status } });
  }
  const modes = judgingModes(competition);
  const takingPart = input.entries.filter((e) => entryTakesPart(e.status));
  for (const entry of input.entries) {
    if (entry.competitionId !== competition.id) issues.push({ code: 'other_competition', params: { id: entry.id } });
  }
  if (modes.live) {
    const undrawn = takingPart.filter((e) => e.drawOrder === undefined).length;
    if (undrawn > 0) issues.push({ code: 'entries_not_drawn', params: { count: undrawn } });
  }
  if (modes.sealed) {
    if (!input.sealed || input.sealed.codes.length === 0) issues.push({ code: 'codes_not_sealed', params: {} });
    else {
      const coded = new Set(input.sealed.entryIds);
      const without = takingPart.filter((e) => !coded.has(e.id)).length;
      if (without > 0) issues.push({ code: 'entries_without_code', params: { count: without } });
    }
  }
  for (const { assignment, displayName } of input.judges) {
    const assignmentId = assignment.id;
    if (assignment.competitionId !== competition.id) issues.push({ code: 'other_competition', params: { id: assignmentId } });
    if (!assignment.pinHash || !assignment.pinSalt) issues.push({ code: 'judge_without_pin', params: { assignmentId } });
    if (displayName.trim() === '') issues.push({ code: 'judge_without_display_name', params: { assignmentId } });
    for (const moduleId of assignment.moduleIds) {
      if (!modes.modeOf.has(moduleId)) issues.push({ code: 'judge_unknown_module', params: { assignmentId, moduleId } });
    }
    const own = new Set(assignment.moduleIds.map((id) => modes.modeOf.get(id)));
    if (assignment.role === 'judge' && own.has('live') && own.has('sealed')) issues.push({ code: 'judge_live_and_sealed', params: { assignmentId } });
  }
  return issues;
}

/** The package content before checksum and signature (exported for tests that forge packages). */
export function packageContent(input: CompetitionPackageInput, signerPublicKey: string) {
  const { competition } = input;
  const modes = judgingModes(competition);
  const live: LiveSubject[] = modes.live
    ? input.entries
        .filter((e) => entryTakesPart(e.status) && e.drawOrder !== undefined)
        .map((e) => ({
          ref: `${LIVE_REF_PREFIX}${e.drawOrder!}`,
          order: e.drawOrder!,
          ...(e.station === undefined ? {} : { station: e.station }),
        }))
        .sort((a, b) => a.order - b.order)
    : [];
  const sealed = modes.sealed ? [...(input.sealed?.codes ?? [])].sort(compareCodes).map((ref) => ({ ref })) : [];
  const judges: PackageJudge[] = input.judges
    .map(({ assignment, displayName }) => ({
      id: assignment.id,
      role: assignment.role,
      moduleIds: [...assignment.moduleIds],
      stations: [...assignment.stations],
      displayName: displayName.trim(),
      pin: {
        hash: assignment.pinHash!,
        salt: assignment.pinSalt!,
        kdf: { algorithm: 'PBKDF2-HMAC-SHA256' as const, iterations: assignment.pinKdf?.iterations ?? PIN_PBKDF2_ITERATIONS },
      },
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    format: COMPETITION_PACKAGE_FORMAT,
    version: COMPETITION_PACKAGE_VERSION,
    exportedAt: input.exportedAt,
    competition: packageCompetitionSchema.parse(pickCompetition(competition)),
    subjects: { live, sealed },
    judges,
    signer: { algorithm: 'Ed25519' as const, publicKey: signerPublicKey },
  };
}

/** UTF-8 JSON, keys in canonical order, two-space indented, with its checksum and the master's signature. */
export async function buildCompetitionPackage(input: CompetitionPackageInput, signer: PackageSigner): Promise<Uint8Array> {
  const issues = checkCompetitionPackageInput(input);
  if (issues.length > 0) throw new CompetitionPackageBuildError(issues);
  const content = packageContent(input, signer.publicKey);
  const pkg = {
    ...content,
    checksum: { algorithm: 'SHA-256', value: await packageChecksum(content) },
    signature: { algorithm: 'Ed25519', value: await signBytes(signer.privateKey, signedContentBytes(content)) },
  };
  // The file must read back: a failure here is a bug, not a user error.
  competitionPackageV2Schema.parse(pkg);
  return utf8Encode(`${canonicalJson(pkg, 2)}\n`);
}

/** The competition fields a package keeps (allow-list; see packageCompetitionSchema). */
function pickCompetition(c: Competition) {
  return {
    id: c.id,
    version: c.version,
    updatedAt: c.updatedAt,
    name: c.name,
    year: c.year,
    level: c.level,
    trade: c.trade,
    startDate: c.startDate,
    endDate: c.endDate,
    venue: c.venue,
    status: c.status,
    teamBased: c.teamBased,
    rubric: c.rubric,
    ...(c.drawnAt === undefined ? {} : { drawnAt: c.drawnAt }),
  };
}
