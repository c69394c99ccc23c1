import type { Competition, Level, TeamScoring } from '../../../../shared/domain';

/** The editable basic facts of a competition, as the form holds them. */
export interface CompetitionFieldValues {
  name: string;
  year: number;
  level: Level;
  trade: string;
  startDate: string;
  endDate: string;
  venue: string;
  organiser: string;
  teamBased: boolean;
  /** How a team is scored (only meaningful for a team event). */
  teamScoring: TeamScoring;
  /** With sum / mean: the award rule also applies to the team ranking. */
  teamAwards: boolean;
}

export type CompetitionFieldErrors = Partial<Record<keyof CompetitionFieldValues, { key: string; params?: Record<string, string> }>>;

export function fieldsOf(competition: Competition): CompetitionFieldValues {
  const { name, year, level, trade, startDate, endDate, venue, organiser, teamBased } = competition;
  return { name, year, level, trade, startDate, endDate, venue, organiser, teamBased, teamScoring: competition.teamScoring ?? 'unit', teamAwards: competition.teamAwards ?? false };
}

export function emptyFields(today: Date): CompetitionFieldValues {
  const date = today.toISOString().slice(0, 10);
  return { name: '', year: today.getFullYear(), level: 'company', trade: '', startDate: date, endDate: date, venue: '', organiser: '', teamBased: false, teamScoring: 'unit', teamAwards: false };
}

/** Checks the form; an empty result means it can be saved. Messages are i18n keys. */
export function validateCompetitionFields(values: CompetitionFieldValues): CompetitionFieldErrors {
  const errors: CompetitionFieldErrors = {};
  if (!values.name.trim()) errors.name = { key: 'competition.validation.required', params: { field: 'name' } };
  if (!values.trade.trim()) errors.trade = { key: 'competition.validation.required', params: { field: 'trade' } };
  if (!Number.isInteger(values.year) || values.year < 1950 || values.year > 2100) errors.year = { key: 'competition.validation.yearRange' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startDate)) errors.startDate = { key: 'competition.validation.required', params: { field: 'startDate' } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.endDate)) errors.endDate = { key: 'competition.validation.required', params: { field: 'endDate' } };
  else if (values.endDate < values.startDate) errors.endDate = { key: 'competition.validation.endBeforeStart' };
  return errors;
}
