/** The /print routes of the competition printables (registered in app/routes.tsx). */
export const printRoutes = {
  scoreSheets: (competitionId: string, moduleId?: string) =>
    `/print/score-sheets/${encodeURIComponent(competitionId)}${moduleId ? `?moduleId=${encodeURIComponent(moduleId)}` : ''}`,
  draw: (competitionId: string) => `/print/draw/${encodeURIComponent(competitionId)}`,
  judges: (competitionId: string) => `/print/judges/${encodeURIComponent(competitionId)}`,
};

/** A file name without the characters Windows and macOS refuse. */
export function safeFileName(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  return cleaned.trim() || 'document';
}
