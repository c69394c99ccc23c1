/**
 * Every import path of the app, for the reliability suite (reliability.test.ts): its caps (from
 * shared/safety/importLimits.ts), a valid sample file, and its parser reduced to "accepted / refused with a
 * code". Parsers write nothing; what they accept is written in one transaction (renderer/db/abortedWrites.test.ts).
 *
 * A helper adding an import path (Markdown folders, attachments, score or studio packages) adds one entry here:
 * the suite then fuzzes it, feeds it the hostile files and lists it in docs/reliability.md.
 */
import { zipSync } from 'fflate';
import { writeBackup } from '../../shared/backup/writeBackup';
import { readBackup } from '../../shared/backup/readBackup';
import { parseCompetitionPackage } from '../../shared/competitions/package/parseCompetitionPackage';
import { parseRosterFile } from '../../shared/competitions/roster/parseRosterFile';
import { signedPackageFixture } from '../../shared/competitions/testing/packageFixture';
import { xlsxFromRows } from '../../shared/competitions/testing/fixtureFiles';
import { departments, people } from '../../shared/competitions/testing/orgFixture';
import { utf8Encode } from '../../shared/competitions/webApis';
import { importRubricXlsx } from '../../shared/competitions/xlsx/importRubricXlsx';
import { exportRubricXlsx } from '../../shared/competitions/xlsx/exportRubricXlsx';
import { buildSignalMaintenancePracticalRubric } from '../../shared/competitions/templates';
import type { ImportKind } from '../../shared/safety/importLimits';
import { checkAttachment } from '../../shared/safety/checkAttachment';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/crypto/signing';
import { buildScorePackage } from '../../shared/judging/buildScorePackage';
import { rubricHash } from '../../shared/judging/rubricHash';
import { FIXTURE_COMPETITION_ID, judgingRubric, setEvents } from '../../shared/judging/testing/judgingFixture';
import { verifyScorePackage } from '../../shared/judging/verifyScorePackage';
import { parseMarkdownFile } from '../../shared/knowledge/markdown/parseMarkdownArticle';
import { parseCompetitionArchive } from '../../shared/results/archive/parseCompetitionArchive';
import { buildStudioPackage, readStudioPackage } from '../../shared/studios/package/studioPackage';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ParseOutcome {
  readonly ok: boolean;
  /** The refusal code (or the first one), when refused. */
  readonly code?: string;
}

export interface ImportPath {
  readonly id: string;
  /** What the user calls it, for the table. */
  readonly label: string;
  readonly kind: ImportKind;
  /** 'zip' for xlsx / jxbak, 'json' for packages, 'text' for CSV. */
  readonly container: 'zip' | 'json' | 'text';
  readonly sample: () => Promise<Uint8Array>;
  readonly parse: (bytes: Uint8Array) => Promise<ParseOutcome>;
  /**
   * For signed or hashed formats: the content an accepted file carries. A changed byte may fall where it does
   * not matter (JSON whitespace, a zip timestamp); then the file must still carry exactly the sample's content.
   */
  readonly content?: (bytes: Uint8Array) => Promise<unknown>;
}

const rosterContext = { departments, people, entries: [] };

export const IMPORT_PATHS: readonly ImportPath[] = [
  {
    id: 'roster-csv',
    label: 'Roster (CSV)',
    kind: 'rosterCsv',
    container: 'text',
    sample: async () => utf8Encode('姓名,工号,部门\n王伟,E9001,YY1CW\n李娜,E9002,YY1CW\n'),
    parse: async (bytes) => outcomeOfRoster(await parseRosterFile(bytes, 'roster.csv', rosterContext)),
  },
  {
    id: 'roster-xlsx',
    label: 'Roster (xlsx)',
    kind: 'rosterXlsx',
    container: 'zip',
    sample: () => xlsxFromRows([['姓名', '工号', '部门'], ['王伟', 'E9001', 'YY1CW'], ['李娜', 'E9002', 'YY1CW']]),
    parse: async (bytes) => outcomeOfRoster(await parseRosterFile(bytes, 'roster.xlsx', rosterContext)),
  },
  {
    id: 'rubric-xlsx',
    label: 'Rubric (xlsx)',
    kind: 'rubricXlsx',
    container: 'zip',
    sample: () => exportRubricXlsx(buildSignalMaintenancePracticalRubric(counter()), { title: 'rubric', language: 'zh' }),
    parse: async (bytes) => {
      const result = await importRubricXlsx(bytes);
      return result.ok ? { ok: true } : { ok: false, code: result.errors[0]?.code ?? 'unknown' };
    },
  },
  {
    id: 'competition-package',
    label: 'Competition package (.jxcomp)',
    kind: 'competitionPackage',
    container: 'json',
    sample: async () => {
      return signedPackageFixture();
    },
    parse: async (bytes) => {
      const result = await parseCompetitionPackage(bytes);
      return result.ok ? { ok: true } : { ok: false, code: result.error.code };
    },
    content: async (bytes) => {
      const result = await parseCompetitionPackage(bytes);
      return result.ok ? result.pkg : undefined;
    },
  },
  {
    id: 'backup',
    label: 'Backup (.jxbak)',
    kind: 'backup',
    container: 'zip',
    sample: () =>
      writeBackup(
        { schemaVersion: 1, tables: { people: people as unknown as unknown[], departments: departments as unknown as unknown[], attachmentBlobs: [{ id: 'a1', bytes: new Uint8Array([1, 2, 3]) }] } },
        { createdAt: '2024-05-16T08:30:00.000Z', reason: 'manual', appVersion: '0.1.0' },
      ),
    parse: async (bytes) => {
      const result = await readBackup(bytes);
      return result.ok ? { ok: true } : { ok: false, code: result.code };
    },
    content: async (bytes) => {
      const result = await readBackup(bytes);
      return result.ok ? result.backup : undefined;
    },
  },
  {
    id: 'score-package',
    label: 'Score package (.jxscore)',
    kind: 'scorePackage',
    container: 'json',
    sample: async () => (await scorePackageFixture()).bytes,
    parse: async (bytes) => {
      const check = await verifyScorePackage(bytes, (await scorePackageFixture()).context);
      return check.ok ? { ok: true } : { ok: false, code: check.code };
    },
    content: async (bytes) => {
      const check = await verifyScorePackage(bytes, (await scorePackageFixture()).context);
      return check.ok ? check.pkg : undefined;
    },
  },
  {
    id: 'studio-package',
    label: 'Studio package (.jxstudio)',
    kind: 'studioPackage',
    container: 'json',
    sample: async () => utf8Encode(JSON.stringify(buildStudioPackage(studioPackageInput(), new Date('2024-05-16T08:30:00.000Z')), null, 1)),
    parse: async (bytes) => {
      const read = readStudioPackage(bytes);
      return read.ok ? { ok: true } : { ok: false, code: read.code };
    },
    content: async (bytes) => {
      const read = readStudioPackage(bytes);
      return read.ok ? { records: read.pkg.records, tombstones: read.pkg.tombstones, studioId: read.pkg.studioId } : undefined;
    },
  },
  {
    id: 'competition-archive',
    label: 'Competition archive (.jxarchive, command line)',
    kind: 'competitionArchive',
    container: 'json',
    sample: async () => new Uint8Array(await readFile(join(import.meta.dirname, '../../docs/examples/competition-archive.jxarchive'))),
    parse: async (bytes) => {
      const result = await parseCompetitionArchive(bytes);
      return result.ok ? { ok: true } : { ok: false, code: result.errors[0]?.code ?? 'unknown' };
    },
    content: async (bytes) => {
      const result = await parseCompetitionArchive(bytes);
      return result.ok ? result.archive : undefined;
    },
  },
  {
    id: 'markdown-article',
    label: 'Knowledge article (Markdown)',
    kind: 'markdownArticle',
    container: 'text',
    sample: async () => utf8Encode('---\ntitle: 道岔转辙机检修要点\nkind: best_practice\ntags: ["道岔", "检修"]\n---\n# 道岔转辙机检修要点\n\n先断电，再验电。\n'),
    parse: async (bytes) => {
      const result = parseMarkdownFile('article.md', bytes);
      return result.ok ? { ok: true } : { ok: false, code: result.error.code };
    },
  },
  {
    id: 'attachment',
    label: 'Attachment (any file, stored as it is)',
    kind: 'attachment',
    container: 'text',
    sample: async () => utf8Encode('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n%%EOF\n'),
    parse: async (bytes) => {
      const check = checkAttachment('../../现场照片.pdf', bytes);
      return check.ok ? { ok: true } : { ok: false, code: check.code };
    },
  },
];

let scorePackage: Promise<{ bytes: Uint8Array; context: Parameters<typeof verifyScorePackage>[1] }> | undefined;

/** One signed score package with its master's context, made once (signing keys are slow to make). */
function scorePackageFixture() {
  scorePackage ??= (async () => {
    const keys = await generateSigningKeyPair();
    const publicKey = await exportPublicKey(keys.publicKey);
    const key = { competitionId: FIXTURE_COMPETITION_ID, assignmentId: 'as-1', deviceId: 'dev-1' };
    const events = setEvents([], key, [
      { itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 3 } },
      { itemId: 'it-points', subjectRef: 'order:1', value: { kind: 'points', points: 8.5 }, note: '动作稳' },
      { itemId: 'it-met', subjectRef: 'order:2', value: { kind: 'met', met: true } },
    ]);
    const hash = rubricHash(judgingRubric());
    const bytes = await buildScorePackage({ competitionId: FIXTURE_COMPETITION_ID, rubricHash: hash, deviceId: 'dev-1', publicKey, privateKey: keys.privateKey, events, exportedAt: '2024-05-17T10:00:00.000Z' });
    return { bytes, context: { competitionId: FIXTURE_COMPETITION_ID, rubricHash: hash, assignmentIds: new Set(['as-1']), pinnedKeyOf: () => publicKey } };
  })();
  return scorePackage;
}

function studioPackageInput(): Parameters<typeof buildStudioPackage>[0] {
  const at = '2024-05-01T00:00:00.000Z';
  const department = { id: 'd1', version: 1, updatedAt: at, name: '变电车间' };
  const lead = { id: 'p-lead', version: 1, updatedAt: at, name: '李昊', employeeNo: 'E1', departmentId: 'd1', trade: '变电检修工', honours: [] };
  const studio = { id: 's1', version: 1, updatedAt: at, name: '变电运维工作室', kind: 'staff', leadId: 'p-lead', memberIds: [], departmentId: 'd1', trade: '', focus: '', foundedYear: 2019, ratings: [] };
  const records = { departments: [department], people: [lead], studios: [studio], projects: [], achievements: [], activities: [], attachments: [] };
  return { studioId: 's1', records: records as never, tombstones: [] };
}

function outcomeOfRoster(preview: Awaited<ReturnType<typeof parseRosterFile>>): ParseOutcome {
  if (!preview.ok) return { ok: false, code: preview.error.code };
  return preview.counts.error > 0 ? { ok: false, code: preview.rows.find((r) => r.status === 'error')?.issues[0]?.code ?? 'row_error' } : { ok: true };
}

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

/**
 * A zip bomb: one entry of 1 MB of zeros (about 1 KB deflated) whose headers declare `declared` bytes, as an
 * honest bomb's would. With `declared` below 1 MB it is a bomb that lies about its size to slip past the
 * directory check; the counting inflate must catch it.
 */
export function zipBomb(entryName: string, declared: number): Uint8Array {
  const zip = zipSync({ [entryName]: [new Uint8Array(1024 * 1024), { level: 9 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    view.setUint32(at + 24, declared, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, declared, true);
    break;
  }
  return zip;
}

/** A zip with an entry named to climb out of the folder it is extracted to. */
export function traversalZip(): Uint8Array {
  return zipSync({ '[Content_Types].xml': utf8Encode('<Types/>'), '../../evil.txt': utf8Encode('x') });
}

/** A zip with more (empty) entries than any cap allows. */
export function manyEntriesZip(count: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) files[`e/${i}.txt`] = new Uint8Array(0);
  return zipSync(files, { level: 0 });
}
