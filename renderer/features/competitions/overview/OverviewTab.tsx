import { useMemo, useState } from 'react';
import { Alert, Box, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../../db/useRepositories';
import { RoundsPanel } from '../../rounds/RoundsPanel';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { CompetitionFields } from './CompetitionFields';
import { fieldsOf, validateCompetitionFields, type CompetitionFieldValues } from './competitionFields';

export default function OverviewTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [values, setValues] = useState<CompetitionFieldValues>(() => fieldsOf(competition));
  const [saved, setSaved] = useState(false);
  const errors = useMemo(() => validateCompetitionFields(values), [values]);
  const dirty = JSON.stringify(values) !== JSON.stringify(fieldsOf(competition));

  return (
    <Box sx={{ maxWidth: 760 }}>
      <RoundsPanel competition={competition} />
      <CompetitionFields values={values} errors={errors} onChange={(next) => { setValues(next); setSaved(false); }} />
      <Box sx={{ mt: 3, display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button
          variant="contained"
          data-testid="overview-save"
          disabled={!dirty || Object.keys(errors).length > 0}
          onClick={async () => {
            await repositories.competitions.save({ ...competition, ...values, name: values.name.trim(), trade: values.trade.trim() });
            setSaved(true);
          }}
        >
          {t('competition.save')}
        </Button>
        {saved && !dirty && <Alert severity="success" sx={{ py: 0 }}>{t('competition.saved')}</Alert>}
      </Box>
    </Box>
  );
}
