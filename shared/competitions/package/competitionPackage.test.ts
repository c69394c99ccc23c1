import { beforeAll, describe, expect, it } from 'vitest';
import type { Competition, Entry, JudgeAssignment } from '../../domain';
import { verifyPin } from '../pin/hashPin';
import { drawnCompetition, judgeAssignments } from '../testing/competitionFixture';
import { departments, people } from '../testing/orgFixture';
import { decodeText, utf8Encode } from '../webApis';
import {
  buildCompetitionPackage,
  checkCompetitionPackageInput,
  CompetitionPackageBuildError,
  type CompetitionPackageInput,
} from './buildCompetitionPackage';
import { canonicalJson } from './canonicalJson';
import { packageChecksum } from './packageChecksum';
import { parseCompetitionPackage } from './parseCompetitionPackage';

let competition: Competition;
let entries: Entry[];
let assignments: JudgeAssignment[];
let input: CompetitionPackageInput;
let bytes: Uint8Array;
let text: string;

beforeAll(async () => {
  ({ competition, entries } = drawnCompetition());
  assignments = await judgeAssignments(competition);
  input = {
    competition,
    entries,
    judges: [
      { assignment: assignments[0]!, displayName: '裁判长' },
      { assignment: assignments[1]!, displayName: '1号裁判' },
    ],
    exportedAt: '2024-05-16T08:30:00.000Z',
  };
  bytes = await buildCompetitionPackage(input);
  text = decodeText(bytes, 'utf-8', true);
});

/** Rewrites a package's JSON and, unless told otherwise, its checksum. */
async function edit(change: (pkg: Record<string, unknown>) => void, fixChecksum = true): Promise<Uint8Array> {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  change(pkg);
  if (fixChecksum) {
    const { checksum: _checksum, ...content } = pkg;
    pkg.checksum = { algorithm: 'SHA-256', value: await packageChecksum(content) };
  }
  return utf8Encode(JSON.stringify(pkg));
}

describe('competition package', () => {
  it('contains no entrant or judge name, employee number, department name or code, and no organiser data', () => {
    for (const p of people) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.employeeNo);
    }
    for (const d of departments) {
      expect(text).not.toContain(d.name);
      if (d.code) expect(text).not.toContain(`"${d.code}"`);
      expect(text).not.toContain(d.id);
    }
    for (const key of ['memberIds', 'departmentId', 'coachIds', 'personId', 'organiser', 'prizeFen', 'drawSeed']) {
      expect(text).not.toContain(`"${key}"`);
    }
    expect(text).not.toContain(competition.drawSeed!);
  });

  it('reads back what was built, with the anonymous codes, stations and PIN hashes judges need', async () => {
    const result = await parseCompetitionPackage(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { pkg } = result;
    expect(pkg).toMatchObject({ format: 'jiangxin.competition-package', version: 1, exportedAt: '2024-05-16T08:30:00.000Z' });
    expect(pkg.competition.rubric).toEqual(competition.rubric);
    expect(pkg.entries.map((e) => e.anonCode)).toEqual(entries.map((e) => e.anonCode!).sort());
    expect(pkg.entries[0]).toEqual({
      id: expect.any(String),
      anonCode: expect.any(String),
      status: 'registered',
      drawOrder: expect.any(Number),
      station: expect.any(Number),
    });
    expect(pkg.judges.map((j) => [j.id, j.role, j.displayName])).toEqual([
      ['j-1', 'judge', '1号裁判'],
      ['j-chief', 'chief', '裁判长'],
    ]);
    const judge = pkg.judges[0]!;
    expect(await verifyPin('139468', judge.pinHash, judge.pinSalt, pkg.pinKdf.iterations)).toBe(true);
  });

  it('is deterministic, with canonical key order', async () => {
    expect(await buildCompetitionPackage({ ...input, entries: [...entries].reverse() })).toEqual(bytes);
    const parsed = JSON.parse(text) as unknown;
    expect(text).toBe(`${canonicalJson(parsed, 2)}\n`);
    expect(Object.keys(parsed as object)).toEqual(['checksum', 'competition', 'entries', 'exportedAt', 'format', 'judges', 'pinKdf', 'version']);
  });

  it('does not care about whitespace or key order in the file', async () => {
    const reordered = utf8Encode(`\uFEFF${JSON.stringify(JSON.parse(text), null, 7)}`);
    expect((await parseCompetitionPackage(reordered)).ok).toBe(true);
  });

  describe('refuses', () => {
    it('a file that is not JSON', async () => {
      expect(await parseCompetitionPackage(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toEqual({ ok: false, error: { code: 'not_json' } });
      expect(await parseCompetitionPackage(utf8Encode('{"format":'))).toEqual({ ok: false, error: { code: 'not_json' } });
    });

    it('JSON of another kind', async () => {
      expect(await parseCompetitionPackage(utf8Encode('[1,2]'))).toEqual({ ok: false, error: { code: 'wrong_format', params: { format: '' } } });
      expect(await parseCompetitionPackage(utf8Encode('{"format":"jiangxin.score-package","version":1}'))).toEqual({
        ok: false,
        error: { code: 'wrong_format', params: { format: 'jiangxin.score-package' } },
      });
    });

    it('a version it does not know, naming it', async () => {
      expect(await parseCompetitionPackage(await edit((p) => (p.version = 2)))).toEqual({
        ok: false,
        error: { code: 'unsupported_version', params: { version: 2 } },
      });
    });

    it('content changed after export', async () => {
      const changed = await edit((p) => ((p.entries as { anonCode: string }[])[0]!.anonCode = 'A000'), false);
      expect(await parseCompetitionPackage(changed)).toEqual({ ok: false, error: { code: 'checksum_mismatch' } });
    });

    it('content that breaks the format, with the path of the first problem', async () => {
      const withNames = await edit((p) => ((p.entries as Record<string, unknown>[])[1]!.memberIds = ['p-zhang']));
      expect(await parseCompetitionPackage(withNames)).toEqual({
        ok: false,
        error: { code: 'invalid_content', params: { path: 'entries.1', issue: 'unrecognized_keys' } },
      });
      const duplicateCode = await edit((p) => {
        const list = p.entries as { anonCode: string }[];
        list[1]!.anonCode = list[0]!.anonCode;
      });
      expect(await parseCompetitionPackage(duplicateCode)).toEqual({
        ok: false,
        error: { code: 'invalid_content', params: { path: 'entries.1.anonCode', issue: 'custom' } },
      });
      const noChecksum = await edit((p) => delete p.checksum, false);
      expect(await parseCompetitionPackage(noChecksum)).toMatchObject({ error: { code: 'invalid_content', params: { path: 'checksum' } } });
    });
  });

  describe('building', () => {
    it('says what is missing before a package can be made', () => {
      const noPin = { ...assignments[1]!, pinHash: undefined, pinSalt: undefined };
      const undrawn = { ...entries[0]!, anonCode: undefined };
      expect(
        checkCompetitionPackageInput({
          ...input,
          competition: { ...competition, status: 'registration' },
          entries: [undrawn, entries[1]!, { ...entries[2]!, competitionId: 'c-other' }],
          judges: [{ assignment: { ...noPin, moduleIds: ['m-gone'] }, displayName: ' ' }],
        }),
      ).toEqual([
        { code: 'wrong_status', params: { status: 'registration' } },
        { code: 'entry_without_anon_code', params: { entryId: undrawn.id } },
        { code: 'other_competition', params: { id: entries[2]!.id } },
        { code: 'judge_without_pin', params: { assignmentId: 'j-1' } },
        { code: 'judge_without_display_name', params: { assignmentId: 'j-1' } },
        { code: 'judge_unknown_module', params: { assignmentId: 'j-1', moduleId: 'm-gone' } },
      ]);
    });

    it('throws those issues rather than write an incomplete package', async () => {
      const promise = buildCompetitionPackage({ ...input, competition: { ...competition, status: 'draft' } });
      await expect(promise).rejects.toBeInstanceOf(CompetitionPackageBuildError);
      await expect(promise).rejects.toMatchObject({ issues: [{ code: 'wrong_status' }] });
    });

    it('leaves out entries that are not taking part and were never drawn', async () => {
      const absent = { ...entries[0]!, id: 'e-absent', status: 'absent' as const, anonCode: undefined, drawOrder: undefined, station: undefined };
      const result = await parseCompetitionPackage(await buildCompetitionPackage({ ...input, entries: [...entries, absent] }));
      expect(result.ok && result.pkg.entries.map((e) => e.id)).not.toContain('e-absent');
    });
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, including numeric-looking ones, and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: undefined }, 10: 'x', 9: 'y' })).toBe(
      '{"10":"x","9":"y","a":{"d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('refuses values JSON cannot hold exactly', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});
