/** Chinese-first full-text search for the knowledge base (DESIGN §5): tokenizer, posting rows, query, snippets. */
export { foldText } from './foldText';
export { tokenize, scanRuns, chunkForSegmenter, nextCharBit, type TermStat, type DocumentTermStats } from './tokenize';
export { markdownToPlainText } from './markdownToPlainText';
export { documentTerms, textTerms, searchTextOf, verificationText, TITLE_WEIGHT, type SearchableDocument, type SearchText } from './documentTerms';
export { planQuery, queryTerms, maskTerms, isExactPlan, type QueryPlan, type QueryPhrase } from './queryPlan';
export { BUCKET_SIZE, bucketOf, buildPostingRows, changePostings, touchedKeys, type PostingRow, type PostingKey, type PostingChange } from './postings';
export { encodePostingRow, decodePostingRow, type StoredPostingRow, type StoredMaskRow, type StoredRows } from './postingCodec';
export { scoreCandidates, type ScoredCandidate, type RankedCandidates, type RankOptions } from './scoreCandidates';
export { verifyHit } from './verifyHit';
export { buildSnippet, highlight, type Snippet, type SnippetSegment } from './buildSnippet';
export { runSearch, MAX_VERIFIED, type SearchStore, type SearchOptions, type SearchHit, type SearchOutcome } from './runSearch';
export { createMemorySearchStore, type MemorySearchStore } from './memorySearchStore';

/**
 * Bumped when tokenizing or the stored rows change: a stored index of another version is rebuilt once.
 * 2: bigram rows carry next-character masks, and each article's plain text is stored for verification.
 * 3: rows are stored as byte strings, their masks in a table of their own (postingCodec.ts).
 */
export const SEARCH_INDEX_VERSION = 3;
