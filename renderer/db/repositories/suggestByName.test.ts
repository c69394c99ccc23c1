import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Competition, Project } from '../../../shared/domain';
import { testDatabases } from '../testing/testDatabases';

const databases = testDatabases();
const at = '2026-01-01T00:00:00.000Z';

describe('picker suggestions', () => {
  it('gives names starting with the text first, then names containing it, at most the limit', async () => {
    const { db, repos } = await databases.open();
    const names = ['接触网检修技能竞赛', '2026年接触网技能竞赛', '2025年信号工技能竞赛', 'ATS 故障处置比武', '接触网应急演练'];
    await db.competitions.bulkAdd(names.map((name, i) => ({ id: `c${i}`, version: 1, updatedAt: at, name }) as unknown as Competition));
    await db.projects.bulkAdd([{ id: 'p1', version: 1, updatedAt: at, title: 'ats 信号改进' } as unknown as Project]);

    expect((await repos.competitions.suggest('接触网')).map((c) => c.name)).toEqual(['接触网应急演练', '接触网检修技能竞赛', '2026年接触网技能竞赛']);
    expect((await repos.competitions.suggest('接触网', 2)).map((c) => c.name)).toEqual(['接触网应急演练', '接触网检修技能竞赛']);
    expect((await repos.competitions.suggest('技能')).map((c) => c.id).sort()).toEqual(['c0', 'c1', 'c2']);
    expect((await repos.competitions.suggest('ats')).map((c) => c.id)).toEqual(['c3']);
    expect((await repos.projects.suggest('ATS')).map((p) => p.id)).toEqual(['p1']);
    expect(await repos.competitions.suggest('  ', 3)).toHaveLength(3);
    expect(await repos.studios.suggest('接触网')).toEqual([]);
  });
});
