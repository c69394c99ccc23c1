/**
 * On-site judging as pure functions: the hash-chained mark event log and its marks view, the rules for changing
 * a mark, signed score packages and their merge, disagreement flags, measurement conflicts, completeness and the
 * review sample. Nothing here writes data; failures are codes with parameters for the UI to translate.
 */
export * from './markChain';
export * from './replayMarkEvents';
export * from './checkMarkChange';
export * from './validateMarkValue';
export * from './rubricHash';
export * from './scorePackageSchema';
export * from './buildScorePackage';
export * from './verifyScorePackage';
export * from './planScoreMerge';
export * from './scoringMarksOf';
export * from './drawReviewSample';
export * from './subjectsForModule';
export * from './computeCompleteness';
export * from './paper';
export * from './liveReviewBoard';
