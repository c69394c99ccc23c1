/**
 * Arranges the computed figures into the dashboard's sections: which figure goes where, its label and how its
 * value is written. Values come from computeYearFigures; nothing here counts anything.
 */
import type { TFunction } from 'i18next';
import type { Figure, YearFigures } from '../../../shared/dashboard/types';
import { LEVELS, type WorkspaceTable } from '../../../shared/domain';
import { formatCount, formatYuanCompact } from '../../app/format';
import type { Language } from '../../app/i18n';

export interface FigureView {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly emphasis?: boolean;
  readonly records?: { readonly table: WorkspaceTable; readonly ids: readonly string[]; readonly totalFen?: number };
}

export interface SectionView {
  readonly key: string;
  readonly title: string;
  readonly figures: readonly FigureView[];
}

export function buildDashboardView(f: YearFigures, t: TFunction, language: Language): SectionView[] {
  const count = (key: string, label: string, figure: Figure, emphasis = false): FigureView => ({
    key,
    label,
    value: formatCount(figure.value, language),
    emphasis,
    records: { table: figure.table, ids: figure.ids },
  });
  const money = (key: string, label: string, figure: Figure, emphasis = false): FigureView => ({
    key,
    label,
    value: formatYuanCompact(figure.value, language),
    emphasis,
    records: { table: figure.table, ids: figure.ids, totalFen: figure.value },
  });

  return [
    {
      key: 'competitions',
      title: t('dashboard.sectionCompetitions'),
      figures: [
        count('competitions', t('dashboard.competitions'), f.competitions, true),
        ...LEVELS.map((level) => count(`level-${level}`, t(`enums.level.${level}`), f.competitionsByLevel[level])),
        count('entries', t('dashboard.entries'), f.entries, true),
        count('participants', t('dashboard.participants'), f.participants),
        count('honoured', t('dashboard.honoured'), f.honouredPeople, true),
      ],
    },
    {
      key: 'studios',
      title: t('dashboard.sectionStudios'),
      figures: [
        count('studios', t('dashboard.studios'), f.studios, true),
        count('studios-municipal-model', t('dashboard.studiosMunicipalModel'), f.studiosByKindAndRating.model_worker.municipal),
        count('studios-municipal-staff', t('dashboard.studiosMunicipalStaff'), f.studiosByKindAndRating.staff.municipal),
        ...(['model_worker', 'staff', 'skill_master', 'craftsman'] as const).flatMap((kind) =>
          (['national', 'provincial', 'company', 'grassroots', 'unrated'] as const)
            .filter((rating) => f.studiosByKindAndRating[kind][rating].value > 0)
            .map((rating) =>
              count(
                `studios-${kind}-${rating}`,
                `${rating === 'unrated' ? t('dashboard.unrated') : t(`enums.level.${rating}`)} · ${t(`enums.studioKind.${kind}`)}`,
                f.studiosByKindAndRating[kind][rating],
              ),
            ),
        ),
      ],
    },
    {
      key: 'achievements',
      title: t('dashboard.sectionAchievements'),
      figures: [
        count('achievements', t('dashboard.achievements'), f.achievements, true),
        count('utility-patents', t('dashboard.utilityPatents'), f.utilityModelPatents, true),
        money('savings', t('dashboard.savings'), f.savingsFen, true),
      ],
    },
    {
      key: 'synergy',
      title: t('dashboard.sectionSynergy'),
      figures: [
        count('origin-projects', t('dashboard.originProjects'), f.synergy.projectsFromCompetitions),
        count('winners-in-studios', t('dashboard.winnersInStudios'), f.synergy.winnersInStudio),
        count('pipeline', t('dashboard.pipeline'), f.synergy.winnersNotInStudio),
        count('cross-dept', t('dashboard.crossDept'), f.synergy.crossDepartmentProjects),
        money('incentives', t('dashboard.incentives'), f.synergy.incentivesFen),
      ],
    },
  ];
}
