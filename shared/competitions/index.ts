/**
 * Competition set-up as pure functions: rubric validation, templates and spreadsheet, roster preview, draw,
 * conflicts of interest, judge PINs, the competition package and the status flow. Every failure is a code with
 * parameters for the UI to translate; nothing here writes data.
 */
export * from './rubric/rubricMax';
export * from './rubric/validateRubric';
export * from './templates';
export { exportRubricXlsx, type RubricXlsxMeta } from './xlsx/exportRubricXlsx';
export * from './xlsx/importRubricXlsx';
export { neutraliseCellText, restoreCellText } from './xlsx/cellValue';
export type { SniffedFileType } from './xlsx/sniffFileType';
export * from './roster/types';
export { MAX_ROSTER_ROWS, parseRosterFile } from './roster/parseRosterFile';
export type { DetectedFileType } from './roster/readRosterTable';
export * from './draw/createDrawSeed';
export * from './draw/drawCompetition';
export * from './draw/verifyDraw';
export * from './conflicts/checkJudgeConflicts';
export * from './pin/validatePin';
export * from './pin/hashPin';
export * from './package/competitionPackageSchema';
export * from './package/buildCompetitionPackage';
export * from './package/parseCompetitionPackage';
export * from './package/checkPackageImport';
export * from './package/subjectsForModule';
export * from './sealing/drawAnonymousCodes';
export * from './sealing/codeMap';
export * from './pin/pinLockout';
export { canonicalJson } from './package/canonicalJson';
export * from './status/nextStatusCheck';
export { cloneRubricWithNewIds } from './rubric/cloneRubricWithNewIds';
export * from './judges/assignmentRules';
export * from './status/entryTakesPart';
