import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../../app/useLanguage';
import { NumberField } from '../NumberField';
import { formatDuration, formatPoints } from '../points';
import { ModeToggle } from './ModeToggle';
import type { KindEditorProps, TimeItem } from './types';

/**
 * Time taken: `scored` gives full points within the limit and loses points per started minute over it;
 * `tiebreak` gives no points and only breaks ties (with a "total time" rule in the tie-break chain).
 */
export function TimeEditor({ item, onChange, issues, readOnly }: KindEditorProps<TimeItem>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const valid = Number.isInteger(item.limitSeconds) && item.limitSeconds >= 0;
  const minutes = valid ? Math.floor(item.limitSeconds / 60) : 0;
  const seconds = valid ? item.limitSeconds % 60 : 0;
  const limitProblem = issues.some((i) => i.code === 'time_limit_invalid');
  const penaltyProblem = issues.some((i) => i.code === 'overtime_penalty_invalid');

  return (
    <Box>
      <ModeToggle
        value={item.mode}
        label={t('rubric.time.mode')}
        testId="rubric-time-mode"
        disabled={readOnly}
        options={[
          { value: 'scored', label: t('rubric.time.scored') },
          { value: 'tiebreak', label: t('rubric.time.tiebreak') },
        ]}
        onChange={(mode) =>
          onChange(mode === 'tiebreak' ? { ...item, mode, max: 0, overtimePenaltyPerMinute: 0 } : { ...item, mode })
        }
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', mb: 1 }}>
        <NumberField
          label={t('rubric.time.limitMinutes')}
          value={minutes}
          integer
          max={24 * 60}
          disabled={readOnly}
          problem={limitProblem ? t('rubric.time.limitRequired') : undefined}
          onValueChange={(m) => onChange({ ...item, limitSeconds: m * 60 + seconds })}
          sx={{ width: 120 }}
          testId="rubric-time-minutes"
        />
        <NumberField
          label={t('rubric.time.limitSeconds')}
          value={seconds}
          integer
          max={59}
          disabled={readOnly}
          onValueChange={(s) => onChange({ ...item, limitSeconds: minutes * 60 + s })}
          sx={{ width: 120 }}
          testId="rubric-time-seconds"
        />
        {item.mode === 'scored' && (
          <NumberField
            label={t('rubric.time.penalty')}
            value={item.overtimePenaltyPerMinute}
            unit={t('rubric.unit.points')}
            disabled={readOnly}
            problem={penaltyProblem ? t('rubric.number.notNumber') : undefined}
            onValueChange={(overtimePenaltyPerMinute) => onChange({ ...item, overtimePenaltyPerMinute })}
            sx={{ width: 200 }}
            testId="rubric-time-penalty"
          />
        )}
      </Box>
      <Typography variant="body2" color="text.secondary">
        {item.mode === 'tiebreak'
          ? t('rubric.time.tiebreakHelp', { limit: formatDuration(item.limitSeconds) })
          : item.overtimePenaltyPerMinute > 0
            ? t('rubric.time.scoredHelp', {
                limit: formatDuration(item.limitSeconds),
                max: formatPoints(item.max, language),
                penalty: formatPoints(item.overtimePenaltyPerMinute, language),
              })
            : t('rubric.time.scoredNoPenaltyHelp', { limit: formatDuration(item.limitSeconds), max: formatPoints(item.max, language) })}
      </Typography>
    </Box>
  );
}
