/**
 * The competition archive's two versions: version 1 files (the docs example) are read and computed exactly as
 * before; version 2 carries each member's team name so the team ranking of a team event scored from its members'
 * totals is recomputed from the file — the same ranking the app's results page computes from the records.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../competitions/package/canonicalJson';
import { sha256Hex, utf8Encode } from '../../competitions/webApis';
import { buildResultsReport } from '../buildResultsReport';
import { resultsTableRows } from '../resultsReport';
import { archiveResults } from './archiveResults';
import { serialiseCompetitionArchive } from './buildCompetitionArchive';
import { parseCompetitionArchive } from './parseCompetitionArchive';
import { teamEventArchive, teamEventCompetition, teamEventEntries, teamEventMarks } from './testing/teamEventArchive';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'docs', 'examples');

/** A changed archive with its checksum made right again, so only the content check speaks. */
async function resealed(archive: Record<string, unknown>): Promise<Uint8Array> {
  const { checksum: _checksum, ...content } = archive;
  const value = await sha256Hex(utf8Encode(canonicalJson(content)));
  return utf8Encode(JSON.stringify({ ...content, checksum: { algorithm: 'SHA-256', value } }));
}

async function example(): Promise<Record<string, unknown> & { entries: Record<string, unknown>[] }> {
  return JSON.parse(await readFile(join(EXAMPLES, 'competition-archive.jxarchive'), 'utf8'));
}

describe('competition archive version 1', () => {
  it('reads the docs example and computes its documented results', async () => {
    const bytes = new Uint8Array(await readFile(join(EXAMPLES, 'competition-archive.jxarchive')));
    const parsed = await parseCompetitionArchive(bytes);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.archive.version).toBe(1);
    const report = archiveResults(parsed.archive, parsed.archive.exportedAt);
    expect(report.teams).toBeUndefined();
    expect(resultsTableRows(report)).toEqual(JSON.parse(await readFile(join(EXAMPLES, 'competition-archive.results.json'), 'utf8')));
  });

  it('refuses a version 1 file that carries a team name (a version 2 field)', async () => {
    const archive = await example();
    archive.entries[0]!.teamName = '红队';
    const parsed = await parseCompetitionArchive(await resealed(archive));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => [e.code, e.path])).toEqual([['invalid_content', 'entries.0']]);
  });
});

describe('competition archive version 2: team names', () => {
  it('is written only when members carry team names, and keeps the competition’s team settings', async () => {
    const archive = await teamEventArchive();
    expect(archive.version).toBe(2);
    expect(archive.entries.map((e) => ('teamName' in e ? e.teamName : undefined))).toEqual(['红队', '红队', '蓝队', '蓝队', '绿队', '绿队', '蓝队']);
    const parsed = await parseCompetitionArchive(serialiseCompetitionArchive(archive));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.archive.competition).toMatchObject({ teamBased: true, teamScoring: 'mean', teamAwards: true });
    // An individual competition, or a team scored as one unit (its entry's name is the team's), needs no team names.
    expect((await teamEventArchive(teamEventCompetition({ teamBased: false }))).version).toBe(1);
    expect((await teamEventArchive(teamEventCompetition({ teamScoring: 'unit' }))).version).toBe(1);
  });

  it('recomputes the team ranking the app computes from the same records (mean: tie at 1, absent member counts 0)', async () => {
    const parsed = await parseCompetitionArchive(serialiseCompetitionArchive(await teamEventArchive()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const teams = archiveResults(parsed.archive, parsed.archive.exportedAt).teams;
    // 红队 (90 + 70) / 2 = 80.00 and 绿队 (85 + 75) / 2 = 80.00 share rank 1 (first: rank ≤ 1);
    // 蓝队 (100 + 0 + 80) / 3 = 60.00, its absent member E4 counting 0, is 3rd (third: rank ≤ 3).
    expect(teams?.rows.map((t) => [t.teamName, t.rank, t.total, t.award, t.missingMembers])).toEqual([
      ['红队', 1, 8000, 'first', 0],
      ['绿队', 1, 8000, 'first', 0],
      ['蓝队', 3, 6000, 'third', 1],
    ]);
    expect(teams?.rows[2]?.members.map((m) => [m.entryId, m.rank, m.total])).toEqual([
      ['E3', 1, 10000],
      ['E7', 4, 8000],
      ['E4', undefined, 0],
    ]);
    const app = buildResultsReport({
      competition: teamEventCompetition(),
      entries: teamEventEntries,
      judges: [],
      marks: teamEventMarks,
      appeals: [],
      people: new Map(),
      departments: new Map(),
      namesRevealed: false,
      judgeLabel: () => '',
      generatedAt: parsed.archive.exportedAt,
    });
    expect(teams).toEqual(app.teams);
  });

  it('ranks by the members’ sum when the event says sum: the three-member team comes first', async () => {
    const archive = await teamEventArchive(teamEventCompetition({ teamScoring: 'sum' }));
    // 蓝队 100 + 0 + 80 = 180 → 1st (first); 红队 90 + 70 = 160 and 绿队 85 + 75 = 160 share rank 2 (second: rank ≤ 2).
    expect(archiveResults(archive, archive.exportedAt).teams?.rows.map((t) => [t.teamName, t.rank, t.total, t.award])).toEqual([
      ['蓝队', 1, 18000, 'first'],
      ['红队', 2, 16000, 'second'],
      ['绿队', 2, 16000, 'second'],
    ]);
  });

  it('leaves team names out of an anonymised archive, like names and departments', async () => {
    const archive = await teamEventArchive(teamEventCompetition(), { anonymised: true });
    expect(archive.version).toBe(1);
    expect(archive.entries.every((e) => !('teamName' in e) && e.name === undefined && e.department === undefined)).toBe(true);
    const teams = archiveResults(archive, archive.exportedAt).teams;
    expect([teams?.rows.length, teams?.withoutTeam]).toEqual([0, 7]);
  });

  it('ignores a team name on an entry of an individual competition: no team ranking, the same entry results', async () => {
    const archive = await example();
    archive.version = 2;
    archive.entries[0]!.teamName = '红队';
    const parsed = await parseCompetitionArchive(await resealed(archive));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const report = archiveResults(parsed.archive, parsed.archive.exportedAt);
    expect(report.teams).toBeUndefined();
    expect(resultsTableRows(report)).toEqual(JSON.parse(await readFile(join(EXAMPLES, 'competition-archive.results.json'), 'utf8')));
  });

  it.each([
    ['too long', 'x'.repeat(101)],
    ['empty', ''],
    ['not text', 7],
  ])('refuses a team name that is %s, with its path', async (_what, teamName) => {
    const archive = JSON.parse(new TextDecoder().decode(serialiseCompetitionArchive(await teamEventArchive())));
    archive.entries[1].teamName = teamName;
    const parsed = await parseCompetitionArchive(await resealed(archive));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => [e.code, e.path])).toEqual([['invalid_content', 'entries.1.teamName']]);
  });

  it('refuses a newer version it does not know', async () => {
    const archive = await example();
    archive.version = 3;
    const parsed = await parseCompetitionArchive(await resealed(archive));
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.code, e.message])).toEqual([['unsupported_version', '3']]);
  });
});
