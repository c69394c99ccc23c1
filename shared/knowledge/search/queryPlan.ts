/**
 * What a query asks for. Each run of Chinese characters or of letters and digits in the query is a phrase that
 * a document must contain as typed (after folding), all phrases together. A phrase's required terms are the
 * index terms every document containing it must have (its bigrams, its single character, or its letter and
 * digit parts); they find the candidates, which are then verified against the text, so two characters that
 * appear in a document only apart never match it. Boost terms (whole words and tokens) only raise the rank.
 */
import { foldText } from './foldText';
import { alnumParts, longChineseWords, scanRuns } from './tokenize';

export interface QueryPhrase {
  /** The folded phrase as it must appear in the folded document text. */
  readonly text: string;
  readonly required: readonly string[];
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
      if (text.length === 1) required.add(text);
      for (let i = 0; i + 1 < text.length; i += 1) required.add(text.slice(i, i + 2));
      for (const word of longChineseWords(text)) boost.add(word);
      phrases.push({ text, required: [...required] });
    } else {
      const parts = alnumParts(text);
      if (parts.length > 1) boost.add(text);
      phrases.push({ text, required: parts.length > 1 ? [...new Set(parts)] : [text] });
    }
  }
  return { phrases, boost: [...boost] };
}

/** Every index term the query reads: required ones first, then boosts. */
export function queryTerms(plan: QueryPlan): string[] {
  return [...new Set([...plan.phrases.flatMap((p) => p.required), ...plan.boost])];
}

export function isEmptyPlan(plan: QueryPlan): boolean {
  return plan.phrases.length === 0;
}
