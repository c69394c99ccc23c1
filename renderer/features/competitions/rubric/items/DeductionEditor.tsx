import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../app/useLanguage';
import { formatPoints } from '../points';
import { LabelledPointsList } from './LabelledPointsList';
import type { DeductionItem, KindEditorProps } from './types';

/** Deduction item: starts at max, each recorded fault subtracts its points, floor at zero (扣完为止). */
export function DeductionEditor({ item, onChange, issues, readOnly }: KindEditorProps<DeductionItem>) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('rubric.deduction.help', { max: formatPoints(item.max, language) })}
      </Typography>
      <LabelledPointsList
        entries={item.faults}
        onChange={(faults) => onChange({ ...item, faults })}
        issues={issues}
        target="fault"
        readOnly={readOnly}
        labelLabel={t('rubric.deduction.faultLabel')}
        pointsLabel={t('rubric.deduction.faultPoints')}
        addLabel={t('rubric.deduction.addFault')}
        minPoints={0.01}
        newPoints={1}
      />
    </Box>
  );
}
