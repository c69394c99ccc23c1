import type { YearFigures } from '../../shared/dashboard/types';
import { LEVELS } from '../../shared/domain';

/** Plain-text lines of a year's figures, for the command line. */
export function summariseFigures(f: YearFigures): string[] {
  const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return [
    `year ${f.year}`,
    `competitions ${f.competitions.value} (${LEVELS.map((level) => `${level} ${f.competitionsByLevel[level].value}`).join(', ')})`,
    `entries ${f.entries.value}, distinct participants ${f.participants.value}`,
    `municipal-or-higher model workers / May Day medallists ${f.honouredPeople.value}`,
    `studios ${f.studios.value}: municipal model-worker ${f.studiosByKindAndRating.model_worker.municipal.value}, municipal staff ${f.studiosByKindAndRating.staff.municipal.value}`,
    `achievements ${f.achievements.value}, utility-model patents ${f.utilityModelPatents.value}`,
    `annual savings ${yuan(f.savingsFen.value)} yuan`,
    `projects from competitions ${f.synergy.projectsFromCompetitions.value}, cross-department projects ${f.synergy.crossDepartmentProjects.value}`,
    `award winners in a studio ${f.synergy.winnersInStudio.value}, not yet ${f.synergy.winnersNotInStudio.value}`,
    `incentives ${yuan(f.synergy.incentivesFen.value)} yuan`,
  ];
}
