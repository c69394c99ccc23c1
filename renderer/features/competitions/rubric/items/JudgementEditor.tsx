import { Box, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { toHundredths } from '../../../../../shared/competitions/rubric/rubricMax';
import { type Hundredths, levelPointsHundredths } from '../../../../../shared/scoring';
import { useLanguage } from '../../../../app/useLanguage';
import { formatHundredths, formatPoints } from '../points';
import { ModeToggle } from './ModeToggle';
import type { JudgementItem, KindEditorProps } from './types';

const LEVELS = [0, 1, 2, 3] as const;

/** Subjective item: a descriptor for each level 0–3 (a level gives max × level / 3), or points 0..max. */
export function JudgementEditor({ item, onChange, issues, readOnly }: KindEditorProps<JudgementItem>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const max = toHundredths(item.max);
  const missing = new Set(issues.filter((i) => i.code === 'level_descriptor_missing').map((i) => i.params?.level));

  return (
    <Box>
      <ModeToggle
        value={item.scale}
        label={t('rubric.judgement.scale')}
        testId="rubric-judgement-scale"
        disabled={readOnly}
        options={[
          { value: 'levels', label: t('rubric.judgement.levels') },
          { value: 'points', label: t('rubric.judgement.points') },
        ]}
        onChange={(scale) => {
          const { id, name, max: m, description } = item;
          const base = { id, name, max: m, kind: 'judgement' as const, ...(description !== undefined ? { description } : {}) };
          onChange(scale === 'levels' ? { ...base, scale, descriptors: ['', '', '', ''] } : { ...base, scale });
        }}
      />
      {item.scale === 'levels' ? (
        <Box sx={{ display: 'grid', gap: 1 }}>
          {LEVELS.map((level) => (
            <TextField
              key={level}
              size="small"
              fullWidth
              label={t('rubric.judgement.levelLabel', { level, points: formatHundredths(levelPointsHundredths(max as Hundredths, level), language) })}
              placeholder={t('rubric.judgement.descriptorPlaceholder')}
              value={item.descriptors[level]}
              error={missing.has(level)}
              disabled={readOnly}
              onChange={(e) => {
                const descriptors: [string, string, string, string] = [...item.descriptors];
                descriptors[level] = e.target.value;
                onChange({ ...item, descriptors });
              }}
              slotProps={{ htmlInput: { 'data-testid': `rubric-descriptor-${level}` } }}
            />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('rubric.judgement.pointsHelp', { max: formatPoints(item.max, language) })}
        </Typography>
      )}
    </Box>
  );
}
