/** Saves the ledger rows on screen (after the filters) as .xlsx, in the user's language, through the platform's save dialog. */
import { useTranslation } from 'react-i18next';
import type { IncentiveLedgerRow } from '../../../../shared/incentives/buildIncentivesWorkbook';
import { incentiveStatusOf } from '../../../../shared/incentives/incentiveStatusOf';
import { getPlatform, type SavedFile } from '../../../platform';
import { safeFileName } from '../../competitions/printables/printRoutes';
import { grantedOn, type LedgerRow } from './useIncentiveLedger';

export function useIncentiveExport() {
  const { t } = useTranslation();
  return async (rows: readonly LedgerRow[], year: number): Promise<SavedFile | null> => {
    const { buildIncentivesWorkbook } = await import('../../../../shared/incentives/buildIncentivesWorkbook');
    const sheetRows = rows.map(
      (r): IncentiveLedgerRow => ({
        year: r.incentive.year,
        grantedOn: grantedOn(r.incentive),
        personName: r.personName,
        employeeNo: r.employeeNo,
        department: r.department,
        kind: t(`enums.incentiveKind.${r.incentive.kind}`),
        sourceKind: t(`reporting.incentives.sourceKind.${r.incentive.sourceKind}`),
        sourceName: r.sourceName,
        description: r.incentive.description,
        amountFen: r.incentive.amountFen,
        status: t(`reporting.incentives.status.${incentiveStatusOf(r.incentive)}`),
        decidedBy: r.incentive.decidedBy ?? '',
        decidedOn: r.incentive.decidedAt?.slice(0, 10) ?? '',
      }),
    );
    const title = t('reporting.incentives.fileName', { year });
    const bytes = await buildIncentivesWorkbook(sheetRows, (key, params) => t(`reporting.incentives.${key}`, params ?? {}), title);
    return getPlatform().saveFile({ suggestedName: `${safeFileName(title)}.xlsx`, bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
  };
}
