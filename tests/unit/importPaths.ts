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
];

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
