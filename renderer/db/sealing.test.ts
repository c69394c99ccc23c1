/**
 * Sealing in the database: version 1 → 2 upgrade, and what someone holding the laptop's profile folder could
 * read. The attacker test reads every row of every table directly, as IndexedDB would hand them over.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { drawCompetition } from '../../shared/competitions/draw/drawCompetition';
import { WrongPassphraseError } from '../../shared/crypto/passphraseBox';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { demoCodeMaps } from '../../shared/demo/generateEntries';
import { DEMO_SEAL_PASSPHRASE } from '../../shared/demo/data/demoPin';
import { sealDemoCodeMaps } from '../features/workspace/loadDemoWorkspace';
import { JiangxinDatabase, SCHEMA_V1 } from './database';
import { createRepositories } from './repositories';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function fresh(): { db: JiangxinDatabase; repos: ReturnType<typeof createRepositories> } {
  const db = new JiangxinDatabase(`sealing-${crypto.randomUUID()}`);
  opened.push(db);
  return { db, repos: createRepositories(db) };
}

/** Every row of every table, as plain text (CryptoKey objects show as {}: their key material is not readable). */
async function everyRow(db: Dexie): Promise<{ table: string; text: string }[]> {
  const rows: { table: string; text: string }[] = [];
  for (const table of db.tables) for (const row of await table.toArray()) rows.push({ table: table.name, text: JSON.stringify(row) });
  return rows;
}

describe('version 1 → 2', () => {
  it('drops clear anonymous codes and v1 packages, keeps order and station', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const meta = { version: 1, updatedAt: '2024-05-01T08:00:00.000Z' };
    await v1.table('competitions').add({ ...meta, id: 'c1', name: '旧竞赛', status: 'drawn', drawSeed: 'ab'.repeat(16), drawCodePrefix: 'K' });
    await v1.table('entries').add({ ...meta, id: 'e1', competitionId: 'c1', memberIds: ['p1'], departmentId: 'd', coachIds: [], status: 'registered', drawOrder: 3, station: 1, anonCode: 'K417' });
    await v1.table('competitionPackages').add({ id: 'c1', competitionId: 'c1', importedAt: meta.updatedAt, checksum: '0', pkg: { version: 1 } });
    v1.close();

    const db = new JiangxinDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const entry = await db.entries.get('e1');
    expect(entry).toMatchObject({ drawOrder: 3, station: 1 });
    expect(entry).not.toHaveProperty('anonCode');
    expect(await db.competitions.get('c1')).not.toHaveProperty('drawCodePrefix');
    expect(await db.competitionPackages.count()).toBe(0);
    expect(await db.sealedMaps.get('c1')).toBeUndefined();
    expect(JSON.stringify(await everyRow(db))).not.toContain('K417');
  });
});

describe('sealed code maps', () => {
  it('seal and unseal (揭封) with the passphrase; a wrong one opens nothing', async () => {
    const { repos } = fresh();
    const map = { competitionId: 'c1', codes: new Map([['e1', 'K417'], ['e2', 'K108']]) };
    const row = await repos.sealing.seal(map, '加密裁判的口令 2024', 'j-officer', 1000);
    expect(row).toMatchObject({ codes: ['K108', 'K417'], entryIds: ['e1', 'e2'], sealedBy: 'j-officer' });
    expect((await repos.sealing.unseal('c1', '加密裁判的口令 2024')).codes).toEqual(map.codes);
    await expect(repos.sealing.unseal('c1', '别的口令别的口令')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('keeps one signing key per device, private key non-extractable', async () => {
    const { db, repos } = fresh();
    const key = await repos.sealing.signingKey();
    expect(key.privateKey.extractable).toBe(false);
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect((await createRepositories(db).sealing.signingKey()).publicKey).toBe(key.publicKey);
    expect(await db.deviceKeys.count()).toBe(1);
  });

  it('as an attacker with the profile folder: the demo database links no code to an entry and holds no code seed', async () => {
    const { db, repos } = fresh();
    const records = generateDemoWorkspace();
    await repos.workspace.replaceWith(records, await sealDemoCodeMaps(records));
    await repos.sealing.signingKey();
    const maps = demoCodeMaps(records);
    expect(maps.length).toBeGreaterThan(10);

    const rows = await everyRow(db);
    const sealedRows = rows.filter((r) => r.table === 'sealedMaps');
    expect(sealedRows).toHaveLength(maps.length);
    // Every quoted string in every row outside the sealed maps' code lists and the marks, and every "key":"value"
    // pair anywhere. Marks and mark events name a sealed subject by its code (cross-team contract) — that is what
    // the judges scored — but never an entry: they are checked for that below.
    const strings = new Set<string>();
    const pairs = new Set<string>();
    const markTables = new Set(['sealedMaps', 'marks', 'markEvents']);
    for (const row of rows) {
      if (!markTables.has(row.table)) for (const m of row.text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) strings.add(m[1]!);
      if (row.table === 'marks' || row.table === 'markEvents') expect(row.text).not.toMatch(/"entryId"|"entry-/);
      for (const m of row.text.matchAll(/"([^"]*)":"([^"]*)"/g)) pairs.add(`${m[1]}→${m[2]}`);
    }
    for (const { codes } of maps) {
      for (const [entryId, code] of codes) {
        // No row outside the sealed maps' code list names a code at all …
        expect(strings.has(code), code).toBe(false);
        // … and no row names the entry and its code side by side.
        expect(pairs.has(`${entryId}→${code}`) || pairs.has(`${code}→${entryId}`)).toBe(false);
      }
    }
    // The sealed rows list codes and entries each in their own sorted order: their positions carry no link.
    for (const row of await db.sealedMaps.toArray()) {
      expect([...row.codes]).toEqual([...row.codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
      expect([...row.entryIds]).toEqual([...row.entryIds].sort());
      expect(Object.keys(row).sort()).toEqual(['box', 'codes', 'competitionId', 'entryIds', 'sealedAt', 'sealedBy']);
    }
    // The only seed kept is the public draw's, and it re-derives order and station only, never a code.
    for (const competition of records.competitions.filter((c) => c.drawSeed)) {
      const again = drawCompetition({ seed: competition.drawSeed!, entries: records.entries.filter((e) => e.competitionId === competition.id) });
      for (const a of again.assignments) expect(a).not.toHaveProperty('anonCode');
    }
    for (const row of rows) for (const field of ['anonCode', 'codeSeed', 'drawCodePrefix']) expect(row.text).not.toContain(`"${field}"`);

    // With the demo passphrase, the officer gets every map back.
    const first = maps[0]!;
    expect((await repos.sealing.unseal(first.competitionId, DEMO_SEAL_PASSPHRASE)).codes).toEqual(first.codes);
  });
});
