/** A patent's type, number, filing date, status, term and the annual fees still to pay, with reminder dates. */
import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Patent } from '../../../shared/domain';
import { annualFeeReminders, patentExpiresOn, patentStateOn, patentTermYears, type PatentKind } from '../../../shared/studios/patentTerm';
import { FactList } from '../studios/components/FactList';
import { LinkTable } from '../studios/components/LinkTable';
import { Section } from '../studios/components/Section';

export function PatentSection({ kind, patent }: { kind: PatentKind; patent: Patent }) {
  const { t } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const state = patentStateOn(kind, patent, today);
  const fees = annualFeeReminders(kind, patent);
  const severity = state.code === 'fee_overdue' || state.code === 'expired' || state.code === 'lapsed' ? 'error' : state.code === 'fee_due_soon' ? 'warning' : 'info';
  return (
    <Section title={t('innovation.patent.title')} testId="patent-section">
      <Alert severity={severity} sx={{ mb: 1.5 }} data-testid="patent-state">
        {t(`innovation.patent.state.${state.code}`, 'params' in state ? { ...state.params } : {})}
      </Alert>
      <FactList
        facts={[
          { label: t('common.kind'), value: t(`enums.achievementKind.${kind}`) },
          { label: t('innovation.patent.number'), value: patent.number ?? '' },
          { label: t('innovation.patent.filedOn'), value: patent.filedOn },
          { label: t('innovation.patent.grantedOn'), value: patent.grantedOn ?? '' },
          { label: t('common.status'), value: t(`innovation.patent.status.${patent.status}`) },
          { label: t('innovation.patent.term'), value: t('innovation.patent.termText', { years: patentTermYears(kind, patent.filedOn), expiresOn: patentExpiresOn(kind, patent.filedOn) }), testId: 'patent-term' },
        ]}
      />
      {fees.length > 0 && (
        <LinkTable
          label={t('innovation.patent.fees')}
          rows={fees.slice(0, 5)}
          rowKey={(f) => String(f.termYear)}
          empty=""
          testId="patent-fees"
          columns={[
            { key: 'year', header: t('innovation.patent.termYear'), render: (f) => t('innovation.patent.termYearText', { year: f.termYear }) },
            { key: 'due', header: t('innovation.patent.dueOn'), render: (f) => f.dueOn },
            { key: 'remind', header: t('innovation.patent.remindOn'), render: (f) => f.remindOn },
            { key: 'grace', header: t('innovation.patent.graceEndsOn'), render: (f) => f.graceEndsOn },
          ]}
        />
      )}
    </Section>
  );
}
