import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../competitions/package/canonicalJson';
import { computeResults } from '../scoring';
import { groupChains, verifyMarkChain } from '../judging/markChain';
import { replayMarkEvents } from '../judging/replayMarkEvents';
import { toScoringMarks } from '../results/buildResultsReport';
import type { z } from 'zod';
import {
  WORKSPACE_TABLES,
  achievementSchema,
  activitySchema,
  appealSchema,
  articleSchema,
  categorySchema,
  competitionSchema,
  departmentSchema,
  entrySchema,
  incentiveSchema,
  judgeAssignmentSchema,
  markEventSchema,
  markSchema,
  personSchema,
  projectSchema,
  publicationSchema,
  studioSchema,
  type WorkspaceTable,
} from '../domain';
import { drawParticipants } from '../competitions/draw/drawCompetition';
import { sha256Hex } from '../util/sha256';
import { findBrokenReferences } from './findBrokenReferences';
import { generateDemoWorkspace } from './generateDemoWorkspace';
import { demoCodeMaps } from './generateEntries';

const SCHEMAS: Record<WorkspaceTable, z.ZodType> = {
  departments: departmentSchema,
  people: personSchema,
  competitions: competitionSchema,
  entries: entrySchema,
  judges: judgeAssignmentSchema,
  marks: markSchema,
  markEvents: markEventSchema,
  appeals: appealSchema,
  publications: publicationSchema,
  studios: studioSchema,
  projects: projectSchema,
  achievements: achievementSchema,
  activities: activitySchema,
  incentives: incentiveSchema,
  categories: categorySchema,
  articles: articleSchema,
};

const demo = generateDemoWorkspace();

describe('generateDemoWorkspace', () => {
  it('gives byte-identical JSON when generated twice with the same options', () => {
    expect(JSON.stringify(generateDemoWorkspace())).toBe(JSON.stringify(demo));
    const options = { seed: 'another-seed', year: 2023, now: '2023-11-30T12:00:00+08:00' };
    expect(JSON.stringify(generateDemoWorkspace(options))).toBe(JSON.stringify(generateDemoWorkspace(options)));
  });

  it('gives different people and results for a different seed', () => {
    const other = generateDemoWorkspace({ seed: 'another-seed' });
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
    expect(other.competitions).toHaveLength(83);
  });

  it('produces records that every schema accepts unchanged', () => {
    const failures: string[] = [];
    for (const table of WORKSPACE_TABLES) {
      for (const record of demo[table]) {
        const parsed = SCHEMAS[table].safeParse(record);
        if (!parsed.success) failures.push(`${table}/${record.id}: ${parsed.error.message}`);
        // Parsing must not add defaults or drop keys: the generator writes complete records.
        else if (!isDeepStrictEqual(parsed.data, record)) failures.push(`${table}/${record.id}: changed by parsing`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });

  it('has every reference pointing at an existing record', () => {
    expect(findBrokenReferences(demo)).toEqual([]);
  });

  it('has unique ids in every table and unique employee numbers', () => {
    for (const table of WORKSPACE_TABLES) {
      const ids = demo[table].map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
    const numbers = demo.people.map((p) => p.employeeNo);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('uses readable, deterministic ids', () => {
    expect(demo.departments[2]?.id).toBe('dept-03');
    expect(demo.people[411]?.id).toBe('person-0412');
    expect(demo.competitions[16]?.id).toBe('comp-2024-017');
  });

  it('never reads the clock: every timestamp is at or before "now"', () => {
    const now = Date.parse('2024-12-20T18:00:00+08:00');
    const stamps = JSON.stringify(demo).match(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00/g) ?? [];
    expect(stamps.length).toBeGreaterThan(1000);
    expect(stamps.filter((s) => Date.parse(s) > now)).toEqual([]);
  });

  it('gives every competition a rubric whose weights sum to 100 and whose items add up to each module', () => {
    for (const competition of demo.competitions) {
      const { parts } = competition.rubric;
      expect(parts.reduce((sum, p) => sum + p.weightPercent, 0), competition.id).toBe(100);
      for (const module of parts.flatMap((p) => p.modules)) {
        expect(module.items.reduce((sum, i) => sum + i.max, 0), module.id).toBe(module.max);
      }
    }
    const kinds = new Set(demo.competitions.flatMap((c) => c.rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items.map((i) => i.kind)))));
    expect([...kinds].sort()).toEqual(['deduction', 'imported', 'judgement', 'measurement', 'time']);
  });

  it('spreads the competitions over the year, most published and a few still under way', () => {
    const months = new Set(demo.competitions.map((c) => c.startDate.slice(5, 7)));
    expect(months.size).toBeGreaterThanOrEqual(11);
    const statuses = demo.competitions.map((c) => c.status);
    expect(statuses.filter((s) => s === 'published').length).toBeGreaterThan(70);
    for (const status of ['draft', 'registration', 'drawn', 'scoring', 'review'] as const) expect(statuses).toContain(status);
  });

  it('draws order and station for every entrant of a drawn competition, and a secret code in its own map', () => {
    const drawn = new Set(demo.competitions.filter((c) => c.drawSeed).map((c) => c.id));
    const maps = new Map(demoCodeMaps(demo).map((m) => [m.competitionId, m.codes]));
    expect([...maps.keys()].sort()).toEqual([...drawn].sort());
    for (const entry of demo.entries.filter((e) => drawn.has(e.competitionId) && e.status !== 'withdrawn')) {
      expect(entry.drawOrder, entry.id).toBeGreaterThan(0);
      expect(entry.station, entry.id).toBeGreaterThan(0);
      expect(entry, entry.id).not.toHaveProperty('anonCode');
      expect(maps.get(entry.competitionId)?.get(entry.id), entry.id).toMatch(/^[NPMCG]\d{3}$/);
    }
  });

  it('draws by the app’s own algorithm, so every draw re-derives from its recorded seed', () => {
    for (const competition of demo.competitions.filter((c) => c.drawSeed)) {
      const drawn = demo.entries.filter((e) => e.competitionId === competition.id && e.drawOrder !== undefined);
      const stations = Math.max(...drawn.map((e) => e.station ?? 0));
      const again = drawParticipants(competition.drawSeed as string, drawn.map((e) => e.id), stations);
      const recorded = drawn.map((e) => [e.id, e.drawOrder, e.station]).sort();
      expect(recorded, competition.id).toEqual(again.assignments.map((a) => [a.entryId, a.drawOrder, a.station]).sort());
    }
  });

  it('publishes the results of every published competition, ranked with ties and awarded 10 / 20 / 30 %', () => {
    const published = demo.competitions.filter((c) => c.status === 'published');
    expect(demo.publications).toHaveLength(published.length);
    const entriesOf = (id: string) => demo.entries.filter((e) => e.competitionId === id);
    let ties = 0;
    for (const publication of demo.publications) {
      expect(publication.hash).toBe(sha256Hex(canonicalJson(publication.results)));
      expect(publication.results.map((r) => r.entryId).sort()).toEqual(entriesOf(publication.competitionId).map((e) => e.id).sort());
      const ranked = publication.results.filter((r) => r.rank !== undefined);
      const n = ranked.length;
      for (const r of publication.results) {
        expect(Math.round(r.total * 100) / 100).toBe(r.total);
        // Rank = 1 + number of strictly better totals (1, 1, 3).
        if (r.rank !== undefined) expect(r.rank).toBe(1 + ranked.filter((o) => o.total > r.total).length);
      }
      ties += ranked.length - new Set(ranked.map((r) => r.total)).size;
      const limit = { first: Math.floor(n * 0.1), second: Math.floor(n * 0.1) + Math.floor(n * 0.2), third: Math.floor(n * 0.1) + Math.floor(n * 0.2) + Math.floor(n * 0.3) };
      for (const r of ranked) {
        const rank = r.rank as number;
        const expected = rank <= limit.first ? 'first' : rank <= limit.second ? 'second' : rank <= limit.third ? 'third' : undefined;
        expect(r.award).toBe(expected);
      }
    }
    expect(ties).toBeGreaterThan(0);
    const unranked = new Set(demo.publications.flatMap((p) => p.results.filter((r) => r.rank === undefined).map((r) => r.entryId)));
    for (const entry of demo.entries.filter((e) => unranked.has(e.id))) expect(['absent', 'withdrawn', 'disqualified']).toContain(entry.status);
  });

  it('gives some competitions a judge panel with a chief, judges and an encryption officer, none of them an entrant or coach', () => {
    const panels = new Set(demo.judges.map((j) => j.competitionId));
    expect(panels.size).toBeGreaterThanOrEqual(9);
    for (const competitionId of panels) {
      const roles = demo.judges.filter((j) => j.competitionId === competitionId).map((j) => j.role);
      expect(roles).toContain('chief');
      expect(roles).toContain('judge');
      expect(roles).toContain('encryption');
      const conflicted = new Set(demo.entries.filter((e) => e.competitionId === competitionId).flatMap((e) => [...e.memberIds, ...e.coachIds]));
      expect(demo.judges.filter((j) => j.competitionId === competitionId && conflicted.has(j.personId))).toEqual([]);
    }
  });

  it('has projects in every stage, some from competitions, with studio members from several departments', () => {
    const stages = new Set(demo.projects.map((p) => p.stage));
    expect([...stages].sort()).toEqual(['approved', 'completed', 'in_progress', 'on_hold', 'proposal', 'rejected', 'review', 'rolled_out', 'trial']);
    const competitionEnd = new Map(demo.competitions.map((c) => [c.id, c.endDate]));
    const fromCompetitions = demo.projects.filter((p) => p.originCompetitionId);
    expect(fromCompetitions.length).toBeGreaterThanOrEqual(5);
    for (const p of fromCompetitions) expect(p.startDate > (competitionEnd.get(p.originCompetitionId as string) as string)).toBe(true);
    const departmentOf = new Map(demo.people.map((p) => [p.id, p.departmentId]));
    for (const studio of demo.studios) {
      expect(new Set(studio.memberIds.map((id) => departmentOf.get(id))).size, studio.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives utility-model patents their filing details and Chinese patent numbers', () => {
    const patents = demo.achievements.filter((a) => a.kind === 'utility_model');
    for (const a of patents) {
      expect(a.patent, a.id).toBeDefined();
      expect(a.patent?.number).toMatch(/^(ZL)?\d{4} 2 \d{7}\.[\dX]$/);
      expect(a.patent?.status === 'granted').toBe(a.patent?.number?.startsWith('ZL'));
    }
    expect(new Set(patents.map((a) => a.patent?.status))).toEqual(new Set(['applied', 'granted']));
  });

  it('spreads savings realistically: a few large items, many small ones, each with its basis', () => {
    const savings = demo.achievements.filter((a) => a.year === 2024 && a.annualSavingsFen > 0).map((a) => a.annualSavingsFen);
    const over10m = savings.filter((fen) => fen >= 1_000_000_000).length; // ≥ 1,000万 yuan
    const under1m = savings.filter((fen) => fen < 100_000_000).length; // < 100万 yuan
    expect(over10m).toBeGreaterThanOrEqual(3);
    expect(over10m).toBeLessThanOrEqual(8);
    expect(under1m).toBeGreaterThan(savings.length / 2);
    for (const a of demo.achievements.filter((x) => x.year === 2024 && x.annualSavingsFen > 0)) expect(a.savingsBasis).not.toBe('');
  });

  it('has about forty knowledge articles of every kind, some drafted automatically from results', () => {
    expect(demo.articles.length).toBeGreaterThanOrEqual(38);
    expect(new Set(demo.articles.map((a) => a.kind))).toEqual(
      new Set(['best_practice', 'technique', 'case', 'lesson', 'operating_standard']),
    );
    const fromResults = demo.articles.filter((a) => a.origin?.kind === 'competition');
    expect(fromResults.length).toBeGreaterThanOrEqual(5);
    expect(fromResults.every((a) => a.status === 'draft')).toBe(true);
    expect(demo.articles.filter((a) => a.origin?.kind === 'achievement').length).toBeGreaterThan(0);
  });

  it('keeps locked marks only for the competitions in review; published results live in their publications', () => {
    const inReview = new Set(demo.competitions.filter((c) => c.status === 'review').map((c) => c.id));
    expect(demo.marks.length).toBeGreaterThan(0);
    for (const mark of demo.marks) {
      expect(inReview.has(mark.competitionId)).toBe(true);
      expect(mark.lockedAt).toBeDefined();
    }
    // The marks are the view of the chained event log.
    for (const chain of groupChains(demo.markEvents).values()) expect(verifyMarkChain(chain)).toEqual([]);
    expect(replayMarkEvents(demo.markEvents).marks).toEqual(demo.marks);
    const codeMaps = new Map(demoCodeMaps(demo).map((m) => [m.competitionId, m.codes]));
    // Every entrant who took part has a full set of marks, so the engine ranks them all.
    for (const competitionId of inReview) {
      const competition = demo.competitions.find((c) => c.id === competitionId)!;
      const entries = demo.entries.filter((e) => e.competitionId === competitionId);
      const scoring = toScoringMarks(demo.marks.filter((m) => m.competitionId === competitionId), entries, codeMaps.get(competitionId));
      expect(scoring.unresolved).toBe(0);
      const results = computeResults(
        competition.rubric,
        entries.map((e) => ({ key: e.id, status: e.status })),
        scoring.marks,
      );
      expect(results.ignoredMarks).toBe(0);
      for (const row of results.rows.filter((r) => r.rank !== undefined)) expect(row.score.missingItemCount).toBe(0);
    }
  });
});
