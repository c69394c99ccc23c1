/**
 * Highlighted text for results: the part of the body around the first match, cut into plain and highlighted
 * segments (the renderer wraps highlighted ones in <mark>). Works on the original text; matching is on the
 * folded text, which has the same offsets (foldText).
 */
import { foldText } from './foldText';
import type { QueryPlan } from './queryPlan';

export interface SnippetSegment {
  readonly text: string;
  readonly hit: boolean;
}

export interface Snippet {
  readonly segments: readonly SnippetSegment[];
  /** True when text was cut before / after the snippet. */
  readonly before: boolean;
  readonly after: boolean;
}

/** Splits `text` into segments, marking every occurrence of a query phrase. */
export function highlight(text: string, plan: QueryPlan): SnippetSegment[] {
  const folded = foldText(text);
  const ranges: [number, number][] = [];
  for (const { text: phrase } of plan.phrases) {
    for (let at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: SnippetSegment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), hit: false });
    segments.push({ text: text.slice(from, end), hit: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), hit: false });
  return segments;
}

/** About `length` characters of `plainText` around the first match, highlighted. */
export function buildSnippet(plainText: string, plan: QueryPlan, length = 120): Snippet {
  const flat = plainText.replace(/\s+/g, ' ').trim();
  const folded = foldText(flat);
  const firsts = plan.phrases.map((p) => folded.indexOf(p.text)).filter((at) => at >= 0);
  const first = firsts.length > 0 ? Math.min(...firsts) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), flat.length - length));
  const end = Math.min(flat.length, start + length);
  return { segments: highlight(flat.slice(start, end), plan), before: start > 0, after: end < flat.length };
}
