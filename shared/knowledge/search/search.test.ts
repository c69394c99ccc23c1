import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUCKET_SIZE,
  buildPostingRows,
  createMemorySearchStore,
  decodePostingRow,
  encodePostingRow,
  maskTerms,
  documentTerms,
  foldText,
  nextCharBit,
  planQuery,
  runSearch,
  scanRuns,
  scoreCandidates,
  tokenize,
  type PostingRow,
  type SearchableDocument,
} from './index';

interface Doc extends SearchableDocument {
  readonly id: string;
}
const doc = (id: string, title: string, body: string, tags: string[] = []): Doc => ({ id, title, body, tags });

const CORPUS: Doc[] = [
  doc('a', '接触网检修作业标准', '接触网停电检修前必须验电、挂接地线。DC110V 控制回路断电后方可作业。'),
  doc('b', '信号设备维护经验', '道岔转辙机的日常维护要点：检查接触器和网络设备。ATS故障时按应急预案处理。'),
  doc('c', '5G 车地通信调试', '5G 专网覆盖隧道区段，车载终端调试完毕后测试切换时延。'),
  doc('d', '乘务员应急处置案例', '列车在区间停车，司机按规定报告行调。本案例中接触网失电，司机及时降弓。'),
  doc('e', '供电设备巡视', '巡视时重点关注接触网、变电所设备的温度。供电车间每周检修一次。'),
];

async function storeOf(docs: readonly Doc[]) {
  const store = createMemorySearchStore<Doc>();
  docs.forEach((d, i) => store.put(i + 1, d));
  return store;
}

async function ids(store: Awaited<ReturnType<typeof storeOf>>, query: string): Promise<string[]> {
  const { hits } = await runSearch(store, query, { limit: 50 });
  return hits.map((h) => h.doc.id);
}

describe('the tokenizer', () => {
  it('folds full-width Latin letters and digits and lower-cases, keeping offsets', () => {
    expect(foldText('ＡＴＳ故障５Ｇ')).toBe('ats故障5g');
    expect(foldText('DC110V 接触网').length).toBe('DC110V 接触网'.length);
  });

  it('cuts mixed text into Chinese runs and runs of letters and digits', () => {
    expect(scanRuns(foldText('DC110V 接触网，ATS故障 5G'))).toEqual([
      { kind: 'alnum', text: 'dc110v' },
      { kind: 'han', text: '接触网' },
      { kind: 'alnum', text: 'ats' },
      { kind: 'han', text: '故障' },
      { kind: 'alnum', text: '5g' },
    ]);
  });

  it('indexes single characters, bigrams, Latin tokens with their letter and digit parts, and long words', () => {
    const terms = tokenize('DC110V 接触网检修，ATS故障');
    for (const term of ['dc110v', 'dc', '110', 'v', '接', '触', '接触', '触网', '网检', 'ats', '故障', '故', '障']) expect(terms.has(term), term).toBe(true);
    // Punctuation separates runs: no bigram across it.
    expect(terms.has('修a')).toBe(false);
    expect(terms.has('修，')).toBe(false);
    expect(tokenize('接触网接触网').get('接触')).toBe(2);
  });

  it('segments very long text in chunks without losing bigrams', () => {
    const long = '接触网检修作业'.repeat(2000);
    const terms = tokenize(long);
    expect(terms.get('接触')).toBe(2000);
    expect(terms.get('业接')).toBe(1999);
  });

  it('weights the title above the body', () => {
    const terms = documentTerms(doc('x', '故障', '故障'));
    expect(terms.get('故障')?.tf).toBe(6);
  });

  it('plans a mixed query as phrases with their required terms', () => {
    const plan = planQuery('DC110V 接触网');
    expect(plan.phrases).toMatchObject([
      { text: 'dc110v', required: ['dc', '110', 'v'], exact: false },
      { text: '接触网', required: ['接触', '触网'], exact: false, nextBits: new Map([['接触', nextCharBit('网'.charCodeAt(0))]]) },
    ]);
    expect(planQuery('网').phrases).toMatchObject([{ text: '网', required: ['网'], exact: true }]);
    expect(planQuery('触网 ATS').phrases.map((p) => p.exact)).toEqual([true, true]);
    expect(planQuery('  ，').phrases).toEqual([]);
  });

  it('keeps, for each bigram, the characters that follow it in the document', () => {
    const terms = documentTerms(doc('x', '', '接触网，接触器。接触'));
    const bit = (c: string) => nextCharBit(c.charCodeAt(0));
    expect(terms.get('接触')?.next).toBe(bit('网') | bit('器'));
    // The last bigram of a run has no next character; single characters and Latin tokens carry no mask.
    expect(terms.get('触网')?.next).toBe(0);
    expect(terms.get('接')?.next).toBe(0);
  });
});

describe('search', () => {
  it('finds a Chinese word, a two-character query and a one-character query', async () => {
    const store = await storeOf(CORPUS);
    expect(await ids(store, '接触网')).toEqual(expect.arrayContaining(['a', 'd', 'e']));
    expect((await ids(store, '接触网')).sort()).toEqual(['a', 'd', 'e']);
    expect((await ids(store, '降弓')).sort()).toEqual(['d']);
    expect((await ids(store, '弓')).sort()).toEqual(['d']);
  });

  it('finds Latin letters and digits mixed with Chinese', async () => {
    const store = await storeOf(CORPUS);
    expect(await ids(store, 'DC110V 接触网')).toEqual(['a']);
    expect(await ids(store, 'dc110v')).toEqual(['a']);
    expect(await ids(store, '5G')).toEqual(['c']);
    expect(await ids(store, 'ATS故障')).toEqual(['b']);
    expect(await ids(store, 'ａｔｓ')).toEqual(['b']);
  });

  it('never matches two characters that appear in a document only apart', async () => {
    // Document b has 接触(器) and 网(络) and 触 … 网 apart, but never 触网 or 接触网.
    const store = await storeOf(CORPUS);
    expect(await ids(store, '触网')).not.toContain('b');
    expect(await ids(store, '接触网')).not.toContain('b');
    // 接 and 网 both appear in every document that has 接触网, but never next to each other.
    expect(await ids(store, '接网')).toEqual([]);
    // Every bigram of the query is there (接触, 触网), but not the phrase.
    const tricky = await storeOf([doc('t', '接触器', '先说接触，再说触网。')]);
    expect(await ids(tricky, '接触网')).toEqual([]);
  });

  it('ranks by relevance with the title weighted', async () => {
    const store = await storeOf([
      doc('body-once', '车辆段作业', '本文偶尔提到接触网。'),
      doc('title', '接触网作业要点', '挂接地线。'),
      doc('body-often', '供电作业', '接触网、接触网、接触网都要巡视。'),
    ]);
    expect(await ids(store, '接触网')).toEqual(['title', 'body-often', 'body-once']);
  });

  it('returns highlighted snippets and titles', async () => {
    const store = await storeOf(CORPUS);
    const { hits } = await runSearch(store, '降弓', { limit: 10 });
    const snippet = hits[0]!.snippet.segments;
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['降弓']);
    expect(snippet.map((s) => s.text).join('')).toContain('司机及时降弓');
    const titled = await runSearch(store, '检修', { limit: 10 });
    const a = titled.hits.find((h) => h.doc.id === 'a')!;
    expect(a.title).toEqual([
      { text: '接触网', hit: false },
      { text: '检修', hit: true },
      { text: '作业标准', hit: false },
    ]);
  });

  it('combines filters with the query', async () => {
    const store = await storeOf(CORPUS);
    const { hits } = await runSearch(store, '接触网', { limit: 10, accept: (d) => d.id !== 'a', allowed: new Set([1, 4]) });
    expect(hits.map((h) => h.doc.id)).toEqual(['d']);
  });

  it('updates the index one document at a time, the same as building it from scratch', async () => {
    const store = await storeOf(CORPUS);
    store.put(2, doc('b', '信号设备维护经验', '本文已改写：只讲接触网。'));
    store.remove(3);
    expect((await ids(store, '接触网')).sort()).toEqual(['a', 'b', 'd', 'e']);
    expect(await ids(store, 'ATS')).toEqual([]);
    expect(await ids(store, '5G')).toEqual([]);

    const current = new Map<number, Doc>([
      [1, CORPUS[0]!],
      [2, doc('b', '信号设备维护经验', '本文已改写：只讲接触网。')],
      [4, CORPUS[3]!],
      [5, CORPUS[4]!],
    ]);
    const rebuilt = buildPostingRows([...current].map(([no, d]) => ({ no, terms: documentTerms(d) })));
    const sortRows = (rows: typeof rebuilt) => [...rows].sort((x, y) => x.term.localeCompare(y.term) || x.bucket - y.bucket);
    expect(store.exportRows()).toEqual(sortRows(rebuilt).map(encodePostingRow));
  });

  it('answers the same from persisted rows loaded back, without re-indexing', async () => {
    const store = await storeOf(CORPUS);
    const rows = store.exportRows();
    const docs = new Map(CORPUS.map((d, i) => [i + 1, d]));
    const reloaded = createMemorySearchStore<Doc>(structuredClone(rows), docs);
    for (const query of ['接触网', '5G', '弓', 'ATS故障']) expect(await ids(reloaded, query)).toEqual(await ids(store, query));
  });

  it('drops documents whose bigrams only occur apart before reading their text', async () => {
    // 100 documents hold 接触 and 触网 but never 接触网; one holds the phrase.
    const docs = [...Array.from({ length: 100 }, (_, i) => doc(`apart${i}`, `条目${i}`, '接触器检查，触网巡视。')), doc('phrase', '条目', '接触网检修')];
    const store = await storeOf(docs);
    const loaded: number[] = [];
    const counting = { ...store, load: (nos: readonly number[]) => (loaded.push(...nos), store.load(nos)) };
    const { hits } = await runSearch(counting, '接触网', { limit: 10 });
    expect(hits.map((h) => h.doc.id)).toEqual(['phrase']);
    expect(loaded).toEqual([101]);
  });

  it('loads only the page shown when the query needs no verification', async () => {
    const store = await storeOf(Array.from({ length: 100 }, (_, i) => doc(`m${i}`, `条目${i}`, '接触网检修')));
    const loaded: number[] = [];
    const counting = { ...store, load: (nos: readonly number[]) => (loaded.push(...nos), store.load(nos)) };
    const { hits, unverified } = await runSearch(counting, '检修', { limit: 10 });
    expect(hits).toHaveLength(10);
    expect(loaded).toHaveLength(10);
    expect(unverified).toBe(90);
  });

  it('ranks only the best candidates wanted, the same as sorting them all', () => {
    const plan = planQuery('网');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 60 }), (tfs, take) => {
        const nos = tfs.map((_, i) => i + 1);
        const rows = new Map([['网', [{ term: '网', bucket: 0, nos: Uint32Array.from(nos), tfs: Uint16Array.from(tfs) }]]]);
        const all = scoreCandidates(plan, rows, nos.length, { take: nos.length });
        const best = scoreCandidates(plan, rows, nos.length, { take });
        expect(best.total).toBe(nos.length);
        expect(best.top).toEqual(all.top.slice(0, take));
      }),
    );
  });

  it('pages through many hits, verifying only what it shows', async () => {
    const many = Array.from({ length: 100 }, (_, i) => doc(`m${i}`, `条目${i}`, i % 2 === 0 ? '接触网检修' : '接触，网检修'));
    const store = await storeOf(many);
    const { hits, unverified } = await runSearch(store, '接触网', { limit: 10 });
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.doc.body === '接触网检修')).toBe(true);
    expect(unverified).toBeGreaterThan(0);
  });
});

describe('stored posting rows', () => {
  const arbitraryRow = fc
    .record({
      bucket: fc.integer({ min: 0, max: 6 }),
      // Sparse rows are stored as gaps, dense ones (more than one number in eight) as a bitmap.
      offsets: fc.oneof(
        fc.uniqueArray(fc.integer({ min: 0, max: BUCKET_SIZE - 1 }), { minLength: 1, maxLength: 300 }),
        fc.uniqueArray(fc.integer({ min: 0, max: BUCKET_SIZE - 1 }), { minLength: 700, maxLength: 3000 }),
      ),
      masks: fc.boolean(),
      seed: fc.integer(),
    })
    .map(({ bucket, offsets, masks, seed }) => {
      const nos = Uint32Array.from(offsets.sort((a, b) => a - b).map((o) => bucket * BUCKET_SIZE + o));
      const tfs = Uint16Array.from(nos, (no, i) => ((no * 31 + seed + i) % 3 === 0 ? 65535 : ((no + seed) % 200) + 1));
      // Empty masks, one to four bits (listed) and many bits (stored whole), bit 31 included.
      const random = (no: number): number => (Math.imul(no + 1, seed | 1) ^ (no % 7 === 0 ? 0x80000001 : 0)) >>> 0;
      const fewBits = (no: number, n: number): number => Array.from({ length: n }, (_, k) => 1 << ((no * 7 + k * 13 + seed) & 31)).reduce((a, b) => a | b, 0) >>> 0;
      const nexts = Uint32Array.from(nos, (no, i) => (i % 5 === 0 ? 0 : i % 5 === 4 ? random(no) : fewBits(no, i % 5)));
      const row = { term: '接触', bucket, nos, tfs };
      return masks && nexts.some((m) => m !== 0) ? { ...row, nexts } : row;
    });

  it('round-trips every row: numbers, counts and masks', () => {
    fc.assert(
      fc.property(arbitraryRow, (row) => {
        const stored = encodePostingRow(row);
        expect(decodePostingRow(stored.postings, stored.masks)).toEqual(row);
        // Read without its masks, a row is the same but for them.
        const { nexts: _masks, ...bare } = row as PostingRow;
        expect(decodePostingRow(stored.postings)).toEqual(bare);
      }),
    );
  });

  it('stores a dense row in far fewer bytes than its typed arrays', () => {
    const nos = Uint32Array.from({ length: 2000 }, (_, i) => BUCKET_SIZE + i * 2);
    const row = { term: '检修', bucket: 1, nos, tfs: Uint16Array.from(nos, () => 3), nexts: Uint32Array.from(nos, (no) => nextCharBit(no % 40)) };
    const typed = nos.byteLength + row.tfs.byteLength + row.nexts.byteLength;
    const stored = encodePostingRow(row);
    expect(stored.postings.data.length + stored.masks!.data.length).toBeLessThan(typed / 4);
    expect(decodePostingRow(stored.postings, stored.masks)).toEqual(row);
    // One byte a character: IndexedDB keeps such a string at a byte a character.
    expect([...stored.postings.data].every((c) => c.charCodeAt(0) < 256)).toBe(true);
  });

  it('reads masks only for the bigrams whose next character a query asks about', () => {
    expect([...maskTerms(planQuery('接触网'))]).toEqual(['接触']);
    expect([...maskTerms(planQuery('接触网检修 5G'))].sort()).toEqual(['接触', '触网', '网检'].sort());
    expect([...maskTerms(planQuery('接触 ATS故障'))]).toEqual([]);
  });

  it('refuses numbers out of order or outside the bucket, and rows cut short', () => {
    expect(() => encodePostingRow({ term: '网', bucket: 0, nos: Uint32Array.of(5, 3), tfs: Uint16Array.of(1, 1) })).toThrow(RangeError);
    expect(() => encodePostingRow({ term: '网', bucket: 1, nos: Uint32Array.of(5), tfs: Uint16Array.of(1) })).toThrow(RangeError);
    expect(() => encodePostingRow({ term: '网', bucket: 0, nos: Uint32Array.of(BUCKET_SIZE), tfs: Uint16Array.of(1) })).toThrow(RangeError);
    const { data } = encodePostingRow({ term: '网', bucket: 0, nos: Uint32Array.of(5, 300), tfs: Uint16Array.of(1, 1) }).postings;
    expect(() => decodePostingRow({ term: '网', bucket: 0, data: data.slice(0, data.length - 1) })).toThrow(RangeError);
  });
});
