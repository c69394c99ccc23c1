/** The knowledge base's pure logic: search, browse facets, automatic drafts, Markdown export and import. */
export * from './articleFacets';
export * from './countFacets';
export { buildCompetitionResultsDraft, competitionDraftId, type CompetitionResultsDraftInput, type JudgeNote } from './drafts/buildCompetitionResultsDraft';
export { buildAchievementDraft, achievementDraftId, type AchievementDraftInput } from './drafts/buildAchievementDraft';
export { articleToMarkdown, safeFileName, type MarkdownAttachmentName } from './markdown/articleToMarkdown';
export { parseMarkdownArticle, type ParsedMarkdownArticle, type MarkdownParseError, type MarkdownParseResult } from './markdown/parseMarkdownArticle';
