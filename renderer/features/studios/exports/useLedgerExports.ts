/**
 * Builds a studio's yearly ledger from its records (read through the per-studio indexes at click time) and saves
 * it as .xlsx, or the annual summary as .docx with charts drawn as images.
 */
import { useTranslation } from 'react-i18next';
import { buildStudioLedger, type StudioLedger } from '../../../../shared/studios/ledger/buildStudioLedger';
import type { LedgerLabel } from '../../../../shared/studios/ledger/ledgerLabels';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform } from '../../../platform';
import type { Person } from '../../../../shared/domain';
import { svgToPng } from './svgToPng';

const ENUM_PREFIXES: Record<string, string> = {
  stage: 'enums.projectStage',
  kind: 'enums.achievementKind',
  grade: 'enums.skillGrade',
  activityKind: 'innovation.activityKind',
  patentStatus: 'innovation.patent.status',
};

export function useLedgerExports(studioId: string, year: number) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const label: LedgerLabel = (key, params) => {
    const [head, ...rest] = key.split('.');
    const prefix = ENUM_PREFIXES[head ?? ''];
    return prefix && rest.length > 0 ? t(`${prefix}.${rest.join('.')}`) : t(`innovation.ledger.${key}`, params ?? {});
  };

  async function load(): Promise<{ ledger: StudioLedger; people: Map<string, Person> }> {
    const studio = await repositories.studios.get(studioId);
    if (!studio) throw new Error(`studio ${studioId} not found`);
    const [projects, achievements, activities, members] = await Promise.all([
      repositories.projects.ofStudio(studioId),
      repositories.achievements.ofStudio(studioId),
      repositories.studios.activities.ofStudio(studioId, year),
      repositories.people.byIds([studio.leadId, ...studio.memberIds]),
    ]);
    const ledger = buildStudioLedger({ studio, projects, achievements, activities, members, year });
    const ids = [...new Set([...ledger.projects.flatMap((p) => p.memberIds), ...ledger.achievements.flatMap((a) => a.ownerIds)])];
    const people = new Map([...members, ...(await repositories.people.byIds(ids))].map((p) => [p.id, p]));
    return { ledger, people };
  }

  const fileBase = (ledger: StudioLedger) => `${ledger.studioName}-${ledger.year}`;

  return {
    async exportLedger() {
      const [{ ledger, people }, { exportLedgerXlsx }] = await Promise.all([load(), import('../../../../shared/studios/ledger/exportLedgerXlsx')]);
      const bytes = await exportLedgerXlsx(ledger, people, label);
      return getPlatform().saveFile({ suggestedName: `${fileBase(ledger)}-${t('innovation.ledger.ledgerFile')}.xlsx`, bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    },
    async exportReport() {
      const [{ ledger }, { buildAnnualReportDocx }, { barChartSvg }] = await Promise.all([load(), import('../../../../shared/studios/ledger/buildAnnualReportDocx'), import('../../../../shared/studios/ledger/barChartSvg')]);
      const charts = [
        barChartSvg(t('innovation.ledger.chartStages'), ledger.projectsByStage.map((s) => ({ label: t(`enums.projectStage.${s.stage}`), value: s.ids.length }))),
        barChartSvg(t('innovation.ledger.chartKinds'), ledger.achievementsByKind.map((k) => ({ label: t(`enums.achievementKind.${k.kind}`), value: k.ids.length })), { color: '#1565c0' }),
      ];
      const pngs = await Promise.all(charts.map(async (c) => ({ png: await svgToPng(c.svg, c.width, c.height), width: c.width, height: c.height })));
      const bytes = await buildAnnualReportDocx(ledger, pngs, label);
      return getPlatform().saveFile({ suggestedName: `${fileBase(ledger)}-${t('innovation.ledger.reportFile')}.docx`, bytes, filters: [{ name: 'Word', extensions: ['docx'] }] });
    },
  };
}
