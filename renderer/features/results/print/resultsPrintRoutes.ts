/** The /print routes of the results reports (registered in app/routes.tsx as /print/results/:competitionId/:report). */
export const RESULTS_REPORTS = ['ranking', 'sheets', 'awards', 'certificates', 'notice'] as const;
export type ResultsReportKind = (typeof RESULTS_REPORTS)[number];

export const resultsPrintRoute = (competitionId: string, report: ResultsReportKind) =>
  `/print/results/${encodeURIComponent(competitionId)}/${report}`;
