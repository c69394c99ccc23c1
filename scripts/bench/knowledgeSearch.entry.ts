/**
 * Runs inside Chromium for knowledgeSearch.bench.mjs (bundled with esbuild): the app's own database, knowledge
 * repository and search, MiniSearch with its default tokenizer, and a synthetic Chinese corpus generated in the
 * page (so 30 million characters never cross the wire).
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../shared/domain';
import { foldText, isExactPlan, maskTerms, planQuery, queryTerms, scoreCandidates, searchTextOf, verificationText, verifyHit } from '../../shared/knowledge/search';
import { JiangxinDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import { KNOWLEDGE_TABLE_NAMES, replaceAllArticles } from '../../renderer/db/repositories/knowledge/knowledgeTables';
import { createKnowledgeSearchStore, decodeSearchRows, readSearchRows } from '../../renderer/db/repositories/knowledge/knowledgeSearchStore';
import { rng, zipf } from './benchRandom';

const DB_NAME = 'jiangxin-bench-knowledge';
const LATIN = ['DC110V', 'ATS', '5G', 'AFC', 'PIS', 'CBTC', 'ZDJ9', 'LTE', 'DC1500V', 'PLC'];

let corpus: Article[] = [];
let folded: string[] = [];
let words: string[] = [];

function generate(count: number, pool: string): { chars: number; words: number } {
  const random = rng(20241201);
  const chars = [...pool];
  words = [];
  const seen = new Set<string>();
  while (words.length < 12000) {
    const length = [1, 2, 2, 2, 2, 3, 3, 4][Math.floor(random() * 8)]!;
    let w = '';
    for (let i = 0; i < length; i += 1) w += chars[zipf(random, chars.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const sentence = (): string => {
    const n = 6 + Math.floor(random() * 12);
    let s = '';
    for (let i = 0; i < n; i += 1) {
      s += random() < 0.02 ? LATIN[Math.floor(random() * LATIN.length)] : words[zipf(random, words.length)];
      if (i > 0 && i < n - 1 && random() < 0.15) s += '，';
    }
    return `${s}。`;
  };
  corpus = [];
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    let body = '';
    while (body.length < 1450) {
      body += random() < 0.12 ? `\n\n## ${words[zipf(random, 3000)]}${words[zipf(random, 3000)]}\n\n` : sentence();
    }
    const title = `${words[zipf(random, words.length)]}${words[zipf(random, words.length)]}${words[zipf(random, words.length)]}`;
    total += body.length;
    corpus.push({
      id: `a${i}`,
      version: 1,
      updatedAt: '2024-06-01T08:00:00.000Z',
      createdAt: '2024-06-01T08:00:00.000Z',
      title,
      kind: 'best_practice',
      tags: [words[zipf(random, 200)]!],
      body,
      links: [],
      authorIds: [],
      status: 'published',
    });
  }
  folded = corpus.map((a) => verificationText(searchTextOf(a)));
  return { chars: total, words: words.length };
}

/** Queries of every kind, drawn from the vocabulary at several frequencies, plus Latin and mixed ones. */
function queries(count: number): string[] {
  const random = rng(7);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 6;
    const word = words[zipf(random, words.length)]!;
    if (kind === 0) out.push(word.slice(0, 1));
    else if (kind === 1) out.push(word.length >= 2 ? word.slice(0, 2) : `${word}${words[zipf(random, 500)]!.slice(0, 1)}`);
    else if (kind === 2) out.push(`${word}${words[zipf(random, words.length)]}`);
    else if (kind === 3) out.push(words[200 + Math.floor(random() * 5000)]!);
    else if (kind === 4) out.push(`${LATIN[Math.floor(random() * LATIN.length)]} ${word}`);
    else {
      // Two characters that often appear apart: the false-positive probe of the issue.
      const a = words[zipf(random, 300)]!;
      const b = words[zipf(random, 300)]!;
      out.push(`${a.slice(-1)}${b.slice(0, 1)}`);
    }
  }
  return out;
}

function naiveMatches(query: string): number[] {
  const phrases = planQuery(query).phrases.map((p) => p.text);
  const hits: number[] = [];
  for (let i = 0; i < folded.length; i += 1) if (phrases.every((p) => folded[i]!.includes(p))) hits.push(i);
  return hits;
}

let db: JiangxinDatabase | undefined;
let repositories: ReturnType<typeof createRepositories> | undefined;
let mini: MiniSearch | undefined;

const api = {
  generate,
  queries,
  async deleteDb(): Promise<void> {
    db?.close();
    await new JiangxinDatabase(DB_NAME).delete();
  },
  /** First build: every article stored with its body and the index, in one transaction, as a demo load does. */
  async buildApp(): Promise<{ ms: number; rows: number }> {
    db = new JiangxinDatabase(DB_NAME);
    await db.open();
    repositories = createRepositories(db);
    const started = performance.now();
    await db
      .transaction('rw', [...KNOWLEDGE_TABLE_NAMES], () => replaceAllArticles(db!, corpus, new Map()))
      .catch((error: { name?: string; message?: string; failures?: unknown[] }) => {
        throw new Error(`${error.name}: ${error.message} ${(error.failures ?? []).slice(0, 2).map(String).join('; ')}`);
      });
    return { ms: performance.now() - started, rows: await db.searchPostings.count() };
  },
  /** Opens the stored database as a restarted app does; reports whether the index had to be rebuilt. */
  async openApp(): Promise<{ ms: number; rebuilt: boolean }> {
    const started = performance.now();
    db = new JiangxinDatabase(DB_NAME);
    await db.open();
    repositories = createRepositories(db);
    const rebuilt = await repositories.knowledge.ensureSearchIndex();
    return { ms: performance.now() - started, rebuilt };
  },
  async queryApp(query: string, check: boolean): Promise<{ ms: number; hits: number; falsePositives: number; missed: number }> {
    repositories ??= createRepositories(db!);
    const started = performance.now();
    const outcome = await repositories.knowledge.search(query, { limit: 20 });
    const ms = performance.now() - started;
    let falsePositives = 0;
    let missed = 0;
    if (check && folded.length > 0) {
      const phrases = planQuery(query).phrases.map((p) => p.text);
      for (const hit of outcome.hits) {
        const text = folded[Number(hit.doc.id.slice(1))]!;
        if (!phrases.every((p) => text.includes(p))) falsePositives += 1;
      }
      const expected = naiveMatches(query).length;
      missed = Math.max(0, Math.min(expected, 20) - outcome.hits.length);
    }
    return { ms, hits: outcome.hits.length, falsePositives, missed };
  },
  /**
   * Where one query's time goes, phase by phase, as the repository's search does them: reading the terms'
   * posting rows, decoding them, ranking, reading and verifying candidates' documents (knowledgeSearchStore.ts).
   */
  async phasesApp(query: string): Promise<{ read: number; decode: number; rank: number; load: number; bytes: number; rows: number; maskBytes: number; batches: number }> {
    const plan = planQuery(query);
    const terms = queryTerms(plan);
    let at = performance.now();
    const stored = await readSearchRows(db!, terms, maskTerms(plan));
    const read = performance.now() - at;
    at = performance.now();
    const rows = decodeSearchRows(terms, stored);
    const decode = performance.now() - at;
    at = performance.now();
    const { top } = scoreCandidates(plan, rows, corpus.length, { take: 240 });
    const rank = performance.now() - at;
    at = performance.now();
    let batches = 0;
    let verified = 0;
    // As runSearch reads them: a page (20) when the query needs no verification, else a page and an eighth at a time.
    const batch = isExactPlan(plan) ? 20 : 23;
    for (let next = 0; next < top.length && verified < 20; next += batch) {
      batches += 1;
      const docs = await createKnowledgeSearchStore(db!).load(top.slice(next, next + batch).map((c) => c.no));
      for (const { doc } of docs) if (verifyHit(plan, verificationText(doc))) verified += 1;
    }
    const load = performance.now() - at;
    const flat = stored.postings.flat();
    const maskBytes = stored.masks.flat().reduce((n, r) => n + r.data.length, 0);
    return { read, decode, rank, load, bytes: flat.reduce((n, r) => n + r.data.length, 0) + maskBytes, rows: flat.length, maskBytes, batches };
  },
  buildMini(): { ms: number } {
    const started = performance.now();
    mini = new MiniSearch({ fields: ['title', 'body'], storeFields: [], idField: 'id' });
    mini.addAll(corpus.map((a) => ({ id: a.id, title: a.title, body: a.body })));
    return { ms: performance.now() - started };
  },
  queryMini(query: string): { ms: number; hits: number; falsePositives: number; missed: number } {
    const started = performance.now();
    const results = mini!.search(query).slice(0, 20);
    const ms = performance.now() - started;
    const phrases = planQuery(query).phrases.map((p) => p.text);
    let falsePositives = 0;
    for (const r of results) {
      const text = folded[Number(String(r.id).slice(1))]!;
      if (!phrases.every((p) => text.includes(p))) falsePositives += 1;
    }
    const expected = naiveMatches(query).length;
    return { ms, hits: results.length, falsePositives, missed: Math.max(0, Math.min(expected, 20) - (results.length - falsePositives)) };
  },
  foldedSample: () => foldText(corpus[0]?.title ?? ''),
  corpusRef: () => corpus,
};

(globalThis as unknown as { kb: typeof api }).kb = api;
