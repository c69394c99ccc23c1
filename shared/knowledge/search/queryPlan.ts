/**
 * What a query asks for. Each run of Chinese characters or of letters and digits in the query is a phrase that
 * a document must contain as typed (after folding), all phrases together. A phrase's required terms are the
 * index terms every document containing it must have (its bigrams, its single character, or its letter and
 * digit parts); they find the candidates, which are then verified against the text, so two characters that
 * appear in a document only apart never match it. Boost terms (whole words and tokens) only raise the rank.
 */
import { foldText } from './foldText';
import { alnumParts, longChineseWords, nextCharBit, scanRuns } from './tokenize';

export interface QueryPhrase {
  /** The folded phrase as it must appear in the folded document text. */
  readonly text: string;
  readonly required: readonly string[];
  /**
   * Next-character bits each bigram must have in a document's posting (each three characters of the phrase:
   * bigram AB followed by C), by bigram: a cheap filter before verification.
   */
  readonly nextBits: ReadonlyMap<string, number>;
  /** True when having the one required term is the same as containing the phrase: no verification needed. */
  readonly exact: boolean;
}

export interface QueryPlan {
  readonly phrases: readonly QueryPhrase[];
  readonly boost: readonly string[];
}

/** Phrases longer than this are cut: a pasted paragraph is not a query. */
const MAX_PHRASE = 40;

export function planQuery(query: string): QueryPlan {
  const phrases: QueryPhrase[] = [];
  const boost = new Set<string>();
  const seen = new Set<string>();
  for (const run of scanRuns(foldText(query))) {
    const text = run.text.slice(0, MAX_PHRASE);
    if (seen.has(text)) continue;
    seen.add(text);
    if (run.kind === 'han') {
      const required = new Set<string>();
      const nextBits = new Map<string, number>();
      if (text.length === 1) required.add(text);
      for (let i = 0; i + 1 < text.length; i += 1) {
        const bigram = text.slice(i, i + 2);
        required.add(bigram);
        if (i + 2 < text.length) nextBits.set(bigram, (nextBits.get(bigram) ?? 0) | nextCharBit(text.charCodeAt(i + 2)));
      }
      for (const word of longChineseWords(text)) boost.add(word);
      phrases.push({ text, required: [...required], nextBits, exact: text.length <= 2 });
    } else {
      const parts = alnumParts(text);
      if (parts.length > 1) boost.add(text);
      phrases.push({ text, required: parts.length > 1 ? [...new Set(parts)] : [text], nextBits: new Map(), exact: parts.length === 1 });
    }
  }
  return { phrases, boost: [...boost] };
}

/** Every index term the query reads: required ones first, then boosts. */
export function queryTerms(plan: QueryPlan): string[] {
  return [...new Set([...plan.phrases.flatMap((p) => p.required), ...plan.boost])];
}

/** The bigrams whose next-character masks the query asks about (the others are read without theirs). */
export function maskTerms(plan: QueryPlan): Set<string> {
  return new Set(plan.phrases.flatMap((p) => [...p.nextBits.keys()]));
}

/** True when every candidate holding the required terms contains the phrases: nothing to verify. */
export function isExactPlan(plan: QueryPlan): boolean {
  return plan.phrases.every((p) => p.exact);
}

export function isEmptyPlan(plan: QueryPlan): boolean {
  return plan.phrases.length === 0;
}
