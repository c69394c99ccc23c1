import { beforeAll, describe, expect, it } from 'vitest';
import { exportPublicKey, generateSigningKeyPair, keyFingerprint } from '../../crypto/signing';
import type { Competition, Entry, JudgeAssignment } from '../../domain';
import { verifyPin } from '../pin/hashPin';
import { drawAnonymousCodes } from '../sealing/drawAnonymousCodes';
import { codesOf } from '../sealing/codeMap';
import { drawnCompetition, judgeAssignments, testRandomBytes } from '../testing/competitionFixture';
import { departments, people } from '../testing/orgFixture';
import { decodeText, utf8Encode } from '../webApis';
import {
  buildCompetitionPackage,
  checkCompetitionPackageInput,
  CompetitionPackageBuildError,
  type CompetitionPackageInput,
  type PackageSigner,
} from './buildCompetitionPackage';
import { canonicalJson } from './canonicalJson';
import { checkPackageImport } from './checkPackageImport';
import { packageChecksum } from './packageChecksum';
import { parseCompetitionPackage } from './parseCompetitionPackage';
import { subjectsForModule } from './subjectsForModule';

let competition: Competition;
let entries: Entry[];
let assignments: JudgeAssignment[];
let codeOf: ReadonlyMap<string, string>;
let input: CompetitionPackageInput;
let signer: PackageSigner;
let bytes: Uint8Array;
let text: string;
let liveModuleId: string;
let sealedModuleId: string;
const NOW = new Date('2024-05-16T09:00:00.000Z');

beforeAll(async () => {
  ({ competition, entries } = drawnCompetition());
  // The metro driver rubric has several modules: the first is judged live, the last sealed (a handed-in log).
  const modules = competition.rubric.parts.flatMap((p) => p.modules);
  liveModuleId = modules[0]!.id;
  sealedModuleId = modules[modules.length - 1]!.id;
  competition = {
    ...competition,
    rubric: {
      ...competition.rubric,
      parts: competition.rubric.parts.map((p) => ({ ...p, modules: p.modules.map((m) => (m.id === sealedModuleId ? { ...m, judging: 'sealed' as const } : m)) })),
    },
  };
  assignments = await judgeAssignments(competition);
  codeOf = drawAnonymousCodes(entries.map((e) => e.id), testRandomBytes(), 'K').codes;
  const pair = await generateSigningKeyPair();
  signer = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  input = {
    competition,
    entries,
    sealed: { codes: codesOf({ codes: codeOf }), entryIds: [...codeOf.keys()] },
    judges: [
      { assignment: assignments[0]!, displayName: '裁判长' },
      { assignment: { ...assignments[1]!, moduleIds: [sealedModuleId] }, displayName: '1号裁判' },
    ],
    exportedAt: '2024-05-16T08:30:00.000Z',
  };
  bytes = await buildCompetitionPackage(input, signer);
  text = decodeText(bytes, 'utf-8', true);
});

/** Rewrites a package's JSON and, unless told otherwise, its checksum (as a forger would). */
async function edit(change: (pkg: Record<string, unknown>) => void, fixChecksum = true): Promise<Uint8Array> {
  const pkg = JSON.parse(text) as Record<string, unknown>;
  change(pkg);
  if (fixChecksum) pkg.checksum = { algorithm: 'SHA-256', value: await packageChecksum(pkg) };
  return utf8Encode(JSON.stringify(pkg));
}

describe('competition package v2', () => {
  it('contains no entrant name, employee number, department, entry id or draw seed', () => {
    for (const p of people) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(p.employeeNo);
    }
    for (const d of departments) {
      expect(text).not.toContain(d.name);
      expect(text).not.toContain(d.id);
    }
    for (const e of entries) expect(text).not.toContain(e.id);
    for (const key of ['memberIds', 'departmentId', 'coachIds', 'personId', 'organiser', 'prizeFen', 'drawSeed', 'entryId']) {
      expect(text).not.toContain(`"${key}"`);
    }
    expect(text).not.toContain(competition.drawSeed!);
  });

  it('gives a sealed module codes only and a live module orders and stations only', async () => {
    const result = await parseCompetitionPackage(bytes, NOW);
    if (!result.ok) throw new Error(result.error.code);
    const sealed = subjectsForModule(result.pkg, sealedModuleId)!;
    expect(sealed.judging).toBe('sealed');
    expect(sealed.subjects.map((s) => s.ref).sort()).toEqual([...codeOf.values()].sort());
    for (const s of sealed.subjects) {
      expect(s).toEqual({ ref: s.ref, label: s.ref });
      expect(s.ref).not.toContain(':');
    }
    const live = subjectsForModule(result.pkg, liveModuleId)!;
    expect(live.judging).toBe('live');
    expect(live.subjects.map((s) => s.ref)).toEqual(['order:1', 'order:2', 'order:3']);
    expect(live.subjects.every((s) => s.station !== undefined)).toBe(true);
    expect(subjectsForModule(result.pkg, liveModuleId, [1])!.subjects.every((s) => s.station === 1)).toBe(true);
    expect(subjectsForModule(result.pkg, 'no-such-module')).toBeUndefined();
  });

  it('joined with the public draw list (order, station, name) links no code to a name', async () => {
    const result = await parseCompetitionPackage(bytes, NOW);
    if (!result.ok) throw new Error(result.error.code);
    // What an outsider holds: the public list (抽签结果公示) …
    const publicList = entries.map((e) => ({ order: e.drawOrder!, station: e.station!, name: people.find((p) => p.id === e.memberIds[0])!.name }));
    // … and the package. Every value of every sealed subject is tried as a join key against every public column.
    const sealed = subjectsForModule(result.pkg, sealedModuleId)!.subjects;
    const linked = new Set<string>();
    for (const subject of sealed) {
      for (const value of Object.values(subject)) {
        for (const row of publicList) {
          if ([row.order, row.station, String(row.order), `order:${row.order}`].includes(value as never)) linked.add(subject.ref);
        }
      }
    }
    expect(linked.size).toBe(0);
    // Nor by position: the codes are listed in code order, whatever the running order.
    const raw = JSON.parse(text) as { subjects: { sealed: { ref: string }[] } };
    expect(raw.subjects.sealed.map((s) => s.ref)).toEqual(codesOf({ codes: codeOf }));
    expect(Object.keys(raw.subjects.sealed[0]!)).toEqual(['ref']);
  });

  it('carries each PIN hash with its KDF parameters, and the master key with its fingerprint', async () => {
    const result = await parseCompetitionPackage(bytes, NOW);
    if (!result.ok) throw new Error(result.error.code);
    const judge = result.pkg.judges.find((j) => j.id === 'j-1')!;
    expect(judge.pin.kdf).toEqual({ algorithm: 'PBKDF2-HMAC-SHA256', iterations: 600_000 });
    expect(await verifyPin('139468', judge.pin.hash, judge.pin.salt, judge.pin.kdf.iterations)).toBe(true);
    expect(result.fingerprint).toBe(await keyFingerprint(signer.publicKey));
  });

  it('is deterministic, with canonical key order', async () => {
    expect(await buildCompetitionPackage({ ...input, entries: [...entries].reverse() }, signer)).toEqual(bytes);
    expect(text).toBe(`${canonicalJson(JSON.parse(text), 2)}\n`);
  });

  describe('refuses', () => {
    it('a file that is not JSON, or JSON of another kind', async () => {
      expect(await parseCompetitionPackage(new Uint8Array([0x89, 0x50]), NOW)).toEqual({ ok: false, error: { code: 'not_json' } });
      expect(await parseCompetitionPackage(utf8Encode('{"format":"jiangxin.score-package","version":1}'), NOW)).toEqual({
        ok: false,
        error: { code: 'wrong_format', params: { format: 'jiangxin.score-package' } },
      });
    });

    it('a version-1 package, asking for a new export', async () => {
      expect(await parseCompetitionPackage(await edit((p) => (p.version = 1)), NOW)).toEqual({ ok: false, error: { code: 'version_retired' } });
      expect(await parseCompetitionPackage(await edit((p) => (p.version = 3)), NOW)).toEqual({ ok: false, error: { code: 'unsupported_version', params: { version: 3 } } });
    });

    it('any byte changed', async () => {
      for (const at of [10, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), bytes.length - 20]) {
        const changed = bytes.slice();
        changed[at] = changed[at]! ^ 0x01;
        const result = await parseCompetitionPackage(changed, NOW);
        expect(result.ok).toBe(false);
      }
    });

    it('content changed with the checksum recomputed: a PIN hash replaced, an entrant added', async () => {
      const otherPin = await edit((p) => ((p.judges as { pin: { hash: string } }[])[0]!.pin.hash = 'a'.repeat(64)));
      expect(await parseCompetitionPackage(otherPin, NOW)).toEqual({ ok: false, error: { code: 'bad_signature' } });
      const added = await edit((p) => (p.subjects as { sealed: { ref: string }[] }).sealed.push({ ref: 'K999' }));
      expect(await parseCompetitionPackage(added, NOW)).toEqual({ ok: false, error: { code: 'bad_signature' } });
      const unfixed = await edit((p) => (p.exportedAt = '2024-05-16T08:31:00.000Z'), false);
      expect(await parseCompetitionPackage(unfixed, NOW)).toEqual({ ok: false, error: { code: 'checksum_mismatch' } });
    });

    it('a package signed by another key is valid but is not the pinned master key', async () => {
      const pair = await generateSigningKeyPair();
      const forger = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
      const forged = await parseCompetitionPackage(await buildCompetitionPackage(input, forger), NOW);
      if (!forged.ok) throw new Error(forged.error.code);
      expect(checkPackageImport(forged.pkg, signer.publicKey, undefined)).toEqual({ kind: 'other_key' });
      // Swapping in the master's public key breaks the signature instead.
      const swapped = await edit((p) => ((p.signer as { publicKey: string }).publicKey = forger.publicKey));
      expect(await parseCompetitionPackage(swapped, NOW)).toEqual({ ok: false, error: { code: 'bad_signature' } });
    });

    it('a package dated in the future', async () => {
      const future = await buildCompetitionPackage({ ...input, exportedAt: '2024-05-17T08:30:00.000Z' }, signer);
      expect(await parseCompetitionPackage(future, NOW)).toEqual({ ok: false, error: { code: 'dated_in_future', params: { exportedAt: '2024-05-17T08:30:00.000Z' } } });
    });

    it('extra fields such as names', async () => {
      const withNames = await edit((p) => ((p.subjects as { sealed: Record<string, unknown>[] }).sealed[0]!.name = '张卫东'));
      expect(await parseCompetitionPackage(withNames, NOW)).toMatchObject({ ok: false, error: { code: 'invalid_content', params: { path: 'subjects.sealed.0' } } });
    });
  });

  describe('importing decisions', () => {
    const pkg = (exportedAt: string, value: string) => ({ signer: { algorithm: 'Ed25519' as const, publicKey: 'K' }, checksum: { algorithm: 'SHA-256' as const, value }, exportedAt });

    it('asks to confirm the fingerprint first, then pins; compares dates as instants', () => {
      expect(checkPackageImport(pkg('2024-05-16T08:30:00Z', 'a'), undefined, undefined)).toEqual({ kind: 'confirm_key' });
      expect(checkPackageImport(pkg('2024-05-16T08:30:00Z', 'a'), 'K', undefined)).toEqual({ kind: 'add' });
      expect(checkPackageImport(pkg('2024-05-16T08:30:00Z', 'a'), 'K', pkg('2024-05-16T08:30:00Z', 'a'))).toEqual({ kind: 'unchanged' });
      // 16:00 in Beijing is 08:00Z: earlier than 08:30Z, though "2024-05-16T16:00+08:00" sorts later as text.
      expect(checkPackageImport(pkg('2024-05-16T16:00:00+08:00', 'b'), 'K', pkg('2024-05-16T08:30:00.000Z', 'a'))).toEqual({ kind: 'older' });
      expect(checkPackageImport(pkg('2024-05-16T09:00:00.000Z', 'b'), 'K', pkg('2024-05-16T16:30:00+08:00', 'a'))).toEqual({ kind: 'replace' });
    });
  });

  describe('building', () => {
    it('says what is missing before a package can be made', () => {
      const noPin = { ...assignments[1]!, moduleIds: [liveModuleId], pinHash: undefined, pinSalt: undefined };
      const both = { ...assignments[1]!, id: 'j-2', moduleIds: [liveModuleId, sealedModuleId] };
      const issues = checkCompetitionPackageInput({
        ...input,
        competition: { ...competition, status: 'registration' },
        sealed: undefined,
        judges: [{ assignment: noPin, displayName: ' ' }, { assignment: both, displayName: '2号' }],
      });
      expect(issues.map((i) => i.code)).toEqual(['wrong_status', 'codes_not_sealed', 'judge_without_pin', 'judge_without_display_name', 'judge_live_and_sealed']);
      const late = checkCompetitionPackageInput({ ...input, sealed: { codes: ['K101'], entryIds: [entries[0]!.id] } });
      expect(late).toEqual([{ code: 'entries_without_code', params: { count: 2 } }]);
      expect(() => checkCompetitionPackageInput(input)).not.toThrow();
    });

    it('refuses to build with issues', async () => {
      await expect(buildCompetitionPackage({ ...input, sealed: undefined }, signer)).rejects.toBeInstanceOf(CompetitionPackageBuildError);
    });

    it('leaves out the orders when every module is sealed', async () => {
      const allSealed = {
        ...competition,
        rubric: { ...competition.rubric, parts: competition.rubric.parts.map((p) => ({ ...p, modules: p.modules.map((m) => ({ ...m, judging: 'sealed' as const })) })) },
      };
      const sealedOnly = decodeText(await buildCompetitionPackage({ ...input, competition: allSealed }, signer), 'utf-8', true);
      expect(sealedOnly).not.toContain('order:');
      expect(sealedOnly).not.toContain('"station"');
    });
  });
});
