/**
 * The searchable text of an article and its weighted index terms. The title counts TITLE_WEIGHT times and tags
 * TAG_WEIGHT times a body occurrence, which is how the ranking weights the title.
 */
import { foldText } from './foldText';
import { markdownToPlainText } from './markdownToPlainText';
import { addFieldTerms } from './tokenize';

export const TITLE_WEIGHT = 5;
export const TAG_WEIGHT = 3;

/** What the search reads of an article. */
export interface SearchableDocument {
  readonly title: string;
  readonly tags: readonly string[];
  /** Markdown body. */
  readonly body: string;
}

export function documentTerms(doc: SearchableDocument): Map<string, number> {
  const counts = new Map<string, number>();
  addFieldTerms(doc.title, TITLE_WEIGHT, counts);
  for (const tag of doc.tags) addFieldTerms(tag, TAG_WEIGHT, counts);
  addFieldTerms(markdownToPlainText(doc.body), 1, counts, false);
  return counts;
}

/** The folded text a hit is verified against: title, tags and the body as a reader sees it. */
export function verificationText(doc: SearchableDocument): string {
  return foldText(`${doc.title}\n${doc.tags.join('\n')}\n${markdownToPlainText(doc.body)}`);
}
