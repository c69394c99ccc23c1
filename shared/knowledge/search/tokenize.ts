/**
 * The Chinese-first tokenizer (DESIGN §5 "Chinese search"). Text is folded (foldText) and cut into runs:
 * a run of Chinese characters gives its single characters (for one-character queries) and its character
 * bigrams (so any two adjacent characters can be found, whatever a word segmenter thinks); a run of Latin
 * letters and digits ("DC110V", "5G", "ATS") gives the whole token and, when it mixes letters and digits, each
 * part ("dc", "110", "v"). Words of three or more Chinese characters found by Intl.Segmenter in titles and
 * tags are indexed too, so a query that is a real word ranks articles titled with that word first. Intl.Segmenter is slow on very
 * long strings, so text is segmented line by line in chunks of at most SEGMENT_CHUNK characters.
 */
import { charClass, charClassAt, type CharClass } from './charClass';
import { foldText } from './foldText';

const SEGMENT_CHUNK = 256;

/** A piece of folded text that a query must match as a whole: a run of Chinese, or of letters and digits. */
export interface TextRun {
  readonly kind: 'han' | 'alnum';
  readonly text: string;
}

/** Cuts folded text into runs of Chinese characters and runs of letters and digits; other characters split. */
export function scanRuns(folded: string): TextRun[] {
  const runs: TextRun[] = [];
  let start = 0;
  let current: TextRun['kind'] | undefined;
  const close = (end: number): void => {
    if (current && end > start) runs.push({ kind: current, text: folded.slice(start, end) });
  };
  for (let i = 0; i < folded.length; i += 1) {
    const cls = charClassAt(folded, i);
    const kind = cls === 'han' ? 'han' : cls === 'other' ? undefined : 'alnum';
    if (kind !== current) {
      close(i);
      current = kind;
      start = i;
    }
  }
  close(folded.length);
  return runs;
}

/** The letter and digit parts of an alphanumeric token: "dc110v" → ["dc", "110", "v"]. */
export function alnumParts(token: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let previous: CharClass | undefined;
  for (let i = 0; i < token.length; i += 1) {
    const cls = charClassAt(token, i);
    if (previous !== undefined && cls !== previous) {
      parts.push(token.slice(start, i));
      start = i;
    }
    previous = cls;
  }
  if (token.length > start) parts.push(token.slice(start));
  return parts;
}

/** Cuts text into pieces Intl.Segmenter handles quickly: lines, and long lines at punctuation or every chunk. */
export function chunkForSegmenter(text: string, max = SEGMENT_CHUNK): string[] {
  const chunks: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > max) {
      const window = rest.slice(0, max);
      const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('，'), window.lastIndexOf('；'), window.lastIndexOf(' '));
      const end = cut > max / 2 ? cut + 1 : max;
      chunks.push(rest.slice(0, end));
      rest = rest.slice(end);
    }
    if (rest.length > 0) chunks.push(rest);
  }
  return chunks;
}

let segmenter: Intl.Segmenter | undefined;

/** Words of three or more Chinese characters, as Intl.Segmenter finds them (shorter ones are bigrams already). */
export function longChineseWords(folded: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const chunk of chunkForSegmenter(folded)) {
    for (const { segment, isWordLike } of segmenter.segment(chunk)) {
      if (isWordLike && segment.length >= 3 && isAllHan(segment)) words.push(segment);
    }
  }
  return words;
}

function isAllHan(text: string): boolean {
  for (const char of text) if (charClass(char) !== 'han') return false;
  return true;
}

/**
 * What the index keeps of one term in one document: its weighted count, and for a Chinese bigram a 32-bit mask
 * of the characters that follow it there (nextCharBit). A query phrase "ABC" needs the bigram AB followed by C:
 * a document whose AB mask lacks C's bit cannot contain the phrase, so most documents that hold every bigram of
 * a phrase only apart are dropped before any text is read (verification still decides).
 */
export interface TermStat {
  tf: number;
  next: number;
}

export type DocumentTermStats = Map<string, TermStat>;

/** The bit a character sets in a bigram's next-character mask (a multiplicative hash of its code, 32 buckets). */
export function nextCharBit(code: number): number {
  return 1 << (Math.imul(code, 0x9e3779b1) >>> 27);
}

/**
 * Adds the index terms of one field to `stats`, each occurrence counting `weight`. `words` adds the
 * segmenter's long words: done for titles and tags, not for bodies, where Intl.Segmenter costs about as much as
 * all the rest of indexing together while bodies' bigrams already find every phrase (words only raise ranks).
 */
export function addFieldTerms(text: string, weight: number, stats: DocumentTermStats, words = true): void {
  const folded = foldText(text);
  const add = (term: string, next: number): void => {
    const stat = stats.get(term);
    if (stat) {
      stat.tf += weight;
      stat.next |= next;
    } else stats.set(term, { tf: weight, next });
  };
  let hasHan = false;
  for (const run of scanRuns(folded)) {
    if (run.kind === 'han') {
      hasHan = true;
      const chars = run.text;
      for (let i = 0; i < chars.length; i += 1) {
        add(chars[i]!, 0);
        if (i + 1 < chars.length) add(chars.slice(i, i + 2), i + 2 < chars.length ? nextCharBit(chars.charCodeAt(i + 2)) : 0);
      }
    } else {
      add(run.text, 0);
      const parts = alnumParts(run.text);
      if (parts.length > 1) for (const part of parts) add(part, 0);
    }
  }
  if (hasHan && words) for (const word of longChineseWords(folded)) add(word, 0);
}

/** The index terms of a field, with their counts. */
export function tokenize(text: string): Map<string, number> {
  const stats: DocumentTermStats = new Map();
  addFieldTerms(text, 1, stats);
  return new Map([...stats].map(([term, stat]) => [term, stat.tf]));
}
