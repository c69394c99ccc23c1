/**
 * Finding the person to assign among a workspace's thousands: every word typed must match the name, the
 * employee number (工号) or the department, and the closest matches come first (an exact employee number or
 * name, then names and numbers that start with the query). Results are capped so the list stays short.
 */

export interface PersonChoice {
  readonly id: string;
  readonly name: string;
  readonly employeeNo: string;
  /** The department with its ancestors, as shown in the list. */
  readonly department: string;
}

export const PERSON_SEARCH_LIMIT = 50;

function rank(choice: PersonChoice, query: string): number {
  const name = choice.name.toLowerCase();
  const employeeNo = choice.employeeNo.toLowerCase();
  if (name === query || employeeNo === query) return 0;
  if (name.startsWith(query) || employeeNo.startsWith(query)) return 1;
  if (name.includes(query) || employeeNo.includes(query)) return 2;
  return 3;
}

export function searchPeople<T extends PersonChoice>(choices: readonly T[], query: string, limit = PERSON_SEARCH_LIMIT): T[] {
  const normalised = query.trim().toLowerCase();
  if (normalised === '') return choices.slice(0, limit);
  const words = normalised.split(/\s+/);
  const matches = choices.filter((choice) => {
    const haystack = `${choice.name}\n${choice.employeeNo}\n${choice.department}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  return matches
    .map((choice, index) => ({ choice, index, rank: rank(choice, normalised) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ choice }) => choice);
}
