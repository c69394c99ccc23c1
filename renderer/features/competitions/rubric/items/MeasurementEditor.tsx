import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../app/useLanguage';
import { formatPoints } from '../points';
import { LabelledPointsList } from './LabelledPointsList';
import { ModeToggle } from './ModeToggle';
import type { KindEditorProps, MeasurementItem } from './types';
import { newId } from '../../../../db/repositories';

/** Objective item decided once by consensus: met / not met, or the band the measured value falls in. */
export function MeasurementEditor({ item, onChange, issues, readOnly }: KindEditorProps<MeasurementItem>) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Box>
      <ModeToggle
        value={item.mode}
        label={t('rubric.measurement.mode')}
        testId="rubric-measurement-mode"
        disabled={readOnly}
        options={[
          { value: 'met', label: t('rubric.measurement.met') },
          { value: 'bands', label: t('rubric.measurement.bands') },
        ]}
        onChange={(mode) =>
          onChange(
            mode === 'met'
              ? { ...item, mode, bands: [] }
              : {
                  ...item,
                  mode,
                  // A first band worth full points and a last worth none: the shape most band items have.
                  bands: [
                    { id: newId(), label: '', points: item.max },
                    { id: newId(), label: '', points: 0 },
                  ],
                },
          )
        }
      />
      {item.mode === 'met' ? (
        <Typography variant="body2" color="text.secondary">
          {t('rubric.measurement.metHelp', { max: formatPoints(item.max, language) })}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('rubric.measurement.bandsHelp')}
          </Typography>
          <LabelledPointsList
            entries={item.bands}
            onChange={(bands) => onChange({ ...item, bands })}
            issues={issues}
            target="band"
            readOnly={readOnly}
            labelLabel={t('rubric.measurement.bandLabel')}
            pointsLabel={t('rubric.measurement.bandPoints')}
            addLabel={t('rubric.measurement.addBand')}
            newPoints={0}
          />
        </>
      )}
    </Box>
  );
}
