import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LEVELS, TEAM_SCORINGS, type Level, type TeamScoring } from '../../../../shared/domain';
import { DateField } from '../../studios/components/DateField';
import type { CompetitionFieldErrors, CompetitionFieldValues } from './competitionFields';

/** The basic facts of a competition, used by the create dialog and the overview tab. */
export function CompetitionFields({
  values,
  errors,
  onChange,
  disabled = false,
}: {
  values: CompetitionFieldValues;
  errors: CompetitionFieldErrors;
  onChange: (values: CompetitionFieldValues) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof CompetitionFieldValues>(key: K, value: CompetitionFieldValues[K]) => onChange({ ...values, [key]: value });
  const error = (key: keyof CompetitionFieldValues) => {
    const e = errors[key];
    if (!e) return undefined;
    const field = e.params?.field ? t(`competition.fields.${e.params.field}`) : undefined;
    return t(e.key, { field });
  };
  const text = (key: 'name' | 'trade' | 'venue' | 'organiser', required = false) => (
    <TextField
      label={t(`competition.fields.${key}`)}
      value={values[key]}
      required={required}
      disabled={disabled}
      onChange={(e) => set(key, e.target.value)}
      error={Boolean(errors[key])}
      helperText={error(key)}
      slotProps={{ htmlInput: { 'data-testid': `field-${key}`, maxLength: 200 } }}
      fullWidth
    />
  );

  return (
    <Stack spacing={2}>
      {text('name', true)}
      <Stack direction="row" spacing={2}>
        <TextField
          label={t('competition.fields.year')}
          type="number"
          value={values.year}
          disabled={disabled}
          onChange={(e) => set('year', Number(e.target.value))}
          error={Boolean(errors.year)}
          helperText={error('year')}
          slotProps={{ htmlInput: { 'data-testid': 'field-year', min: 1950, max: 2100 } }}
          sx={{ width: 140 }}
        />
        <TextField
          select
          label={t('competition.fields.level')}
          value={values.level}
          disabled={disabled}
          onChange={(e) => set('level', e.target.value as Level)}
          sx={{ width: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'field-level' } }}
        >
          {LEVELS.map((level) => (
            <MenuItem key={level} value={level}>
              {t(`enums.level.${level}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('trade', true)}
      </Stack>
      <Stack direction="row" spacing={2}>
        {(['startDate', 'endDate'] as const).map((key) => (
          <DateField
            key={key}
            label={t(`competition.fields.${key}`)}
            value={values[key]}
            disabled={disabled}
            onChange={(value) => set(key, value)}
            error={error(key)}
            testId={`field-${key}`}
            size="medium"
            width={200}
          />
        ))}
        <FormControlLabel
          control={<Checkbox checked={values.teamBased} disabled={disabled} onChange={(e) => set('teamBased', e.target.checked)} />}
          label={t('competition.fields.teamBased')}
        />
      </Stack>
      {values.teamBased && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            select
            label={t('teams.settings.label')}
            value={values.teamScoring}
            disabled={disabled}
            onChange={(e) => set('teamScoring', e.target.value as TeamScoring)}
            helperText={t('teams.settings.help')}
            sx={{ width: 420 }}
            slotProps={{ htmlInput: { 'data-testid': 'field-teamScoring' } }}
          >
            {TEAM_SCORINGS.map((mode) => (
              <MenuItem key={mode} value={mode}>
                {t(`teams.settings.${mode}`)}
              </MenuItem>
            ))}
          </TextField>
          {values.teamScoring !== 'unit' && (
            <FormControlLabel
              control={<Checkbox checked={values.teamAwards} disabled={disabled} onChange={(e) => set('teamAwards', e.target.checked)} data-testid="field-teamAwards" />}
              label={t('teams.settings.awards')}
            />
          )}
        </Stack>
      )}
      {text('venue')}
      {text('organiser')}
    </Stack>
  );
}
