/**
 * The searchable text of an article and its weighted index terms. The title counts TITLE_WEIGHT times and tags
 * TAG_WEIGHT times a body occurrence, which is how the ranking weights the title.
 */
import { foldText } from './foldText';
import { markdownToPlainText } from './markdownToPlainText';
import { addFieldTerms, type DocumentTermStats } from './tokenize';

export const TITLE_WEIGHT = 5;
export const TAG_WEIGHT = 3;

/** What the search reads of an article. */
export interface SearchableDocument {
  readonly title: string;
  readonly tags: readonly string[];
  /** Markdown body. */
  readonly body: string;
}

/** What verification and snippets read of an article: its body already as plain text (stored with the index). */
export interface SearchText {
  readonly title: string;
  readonly tags: readonly string[];
  /** The body as a reader sees it (markdownToPlainText). */
  readonly plain: string;
}

export function searchTextOf(doc: SearchableDocument): SearchText {
  return { title: doc.title, tags: [...doc.tags], plain: markdownToPlainText(doc.body) };
}

export function documentTerms(doc: SearchableDocument): DocumentTermStats {
  return textTerms(searchTextOf(doc));
}

export function textTerms(text: SearchText): DocumentTermStats {
  const stats: DocumentTermStats = new Map();
  addFieldTerms(text.title, TITLE_WEIGHT, stats);
  for (const tag of text.tags) addFieldTerms(tag, TAG_WEIGHT, stats);
  addFieldTerms(text.plain, 1, stats, false);
  return stats;
}

/** The folded text a hit is verified against: title, tags and the body as a reader sees it. */
export function verificationText(text: SearchText): string {
  return foldText(`${text.title}\n${text.tags.join('\n')}\n${text.plain}`);
}
