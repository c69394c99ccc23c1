import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildNextRound } from '../../shared/competitions/rounds/buildNextRound';
import { drawnCompetition } from '../../shared/competitions/testing/competitionFixture';
import { JiangxinDatabase } from './database';
import { createRepositories } from './repositories';
import { testDatabases } from './testing/testDatabases';

const databases = testDatabases();

describe('rounds in the database (version 12)', () => {
  it('brings a version-1 database forward: its competitions are kept and can be asked for their next round', async () => {
    const { competition } = drawnCompetition();
    const name = `rounds-v1-${crypto.randomUUID()}`;
    const old = databases.track(new JiangxinDatabase(name, { upToVersion: 1 }));
    await old.open();
    await old.competitions.add(competition);
    old.close();

    const upgraded = databases.track(new JiangxinDatabase(name));
    await upgraded.open();
    expect(upgraded.verno).toBeGreaterThanOrEqual(12);
    // Version 12 re-declares the competitions' indexes: version 11's name index (pickers) must stay.
    const indexes = upgraded.backendDB().transaction('competitions').objectStore('competitions').indexNames;
    expect([...indexes].sort()).toEqual(['level', 'name', 'previousRoundId', 'status', 'year']);
    const repos = createRepositories(upgraded);
    expect(await repos.competitions.get(competition.id)).toEqual(competition);
    expect(await repos.competitions.nextRoundsOf(competition.id)).toEqual([]);
  });

  it('creates the next round and its entries in one transaction, once', async () => {
    const { repos } = await databases.open();
    const { competition, entries } = drawnCompetition();
    await repos.competitions.save({ ...competition, status: 'published' });
    await repos.competitions.saveEntries(entries);
    let n = 0;
    const next = buildNextRound({ ...competition, status: 'published', version: 1 }, entries, [entries[0]!.id], {
      name: '决赛',
      rule: { mode: 'top', count: 1 },
      newId: () => `next-${++n}`,
    });
    await repos.competitions.createNextRound(next);

    const [final] = await repos.competitions.nextRoundsOf(competition.id);
    expect(final).toMatchObject({ id: 'next-1', name: '决赛', status: 'registration', previousRoundId: competition.id, version: 1 });
    expect((await repos.competitions.entriesOf('next-1')).map((e) => e.memberIds)).toEqual([entries[0]!.memberIds]);

    // A second next round of the same preliminary is refused, and nothing of it is written.
    n = 10;
    const again = buildNextRound({ ...competition, version: 1 }, entries, [entries[1]!.id], { name: '决赛二', rule: { mode: 'top', count: 1 }, newId: () => `next-${++n}` });
    await expect(repos.competitions.createNextRound(again)).rejects.toThrow(/already exists/);
    expect(await repos.competitions.get('next-11')).toBeUndefined();
    expect(await repos.competitions.entriesOf('next-11')).toEqual([]);
  });
});
