/** How a module is judged (live or sealed), how its marks are combined and what a safety veto does (DESIGN §3.3, §3.4, §3.8, §4). */
import { Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { AGGREGATIONS, JUDGING_MODES, SAFETY_VETO_EFFECTS, type Aggregation, type JudgingMode, type Module } from '../../../../shared/domain';
import { NumberField } from './NumberField';

export function ModuleSettings({ module, onChange, readOnly }: { module: Module; onChange: (next: Module) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  // Shares are kept to four decimals (33.33 % = 0.3333), so the percent shown has at most two.
  const disagreementPercent = Math.round(module.disagreementShare * 10000) / 100;
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <TextField
        select
        size="small"
        label={t('rubric.module.judging')}
        value={module.judging}
        disabled={readOnly}
        onChange={(e) => onChange({ ...module, judging: e.target.value as JudgingMode })}
        helperText={t(`rubric.judgingHelp.${module.judging}`)}
        sx={{ width: 240 }}
        slotProps={{ htmlInput: { 'data-testid': 'rubric-judging' } }}
      >
        {JUDGING_MODES.map((mode) => (
          <MenuItem key={mode} value={mode} data-testid={`rubric-judging-${mode}`}>
            {t(`rubric.judging.${mode}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('rubric.module.aggregation')}
        value={module.aggregation}
        disabled={readOnly}
        onChange={(e) => onChange({ ...module, aggregation: e.target.value as Aggregation })}
        helperText={t(`rubric.aggregationHelp.${module.aggregation}`, { n: module.minJudgesToTrim })}
        sx={{ width: 240 }}
      >
        {AGGREGATIONS.map((a) => (
          <MenuItem key={a} value={a}>
            {t(`rubric.aggregation.${a}`)}
          </MenuItem>
        ))}
      </TextField>
      {module.aggregation === 'trimmed' && (
        <NumberField
          label={t('rubric.module.minJudgesToTrim')}
          value={module.minJudgesToTrim}
          integer
          min={3}
          max={99}
          disabled={readOnly}
          onValueChange={(minJudgesToTrim) => onChange({ ...module, minJudgesToTrim })}
          sx={{ width: 170 }}
          testId="rubric-min-judges"
        />
      )}
      <TextField
        select
        size="small"
        label={t('rubric.module.safetyVeto')}
        value={module.safetyVeto}
        disabled={readOnly}
        onChange={(e) => onChange({ ...module, safetyVeto: e.target.value as Module['safetyVeto'] })}
        helperText={t(`rubric.safetyVetoHelp.${module.safetyVeto}`)}
        sx={{ width: 240 }}
      >
        {SAFETY_VETO_EFFECTS.map((v) => (
          <MenuItem key={v} value={v}>
            {t(`rubric.safetyVeto.${v}`)}
          </MenuItem>
        ))}
      </TextField>
      <NumberField
        label={t('rubric.module.disagreement')}
        value={disagreementPercent}
        max={100}
        unit="%"
        disabled={readOnly}
        helperText={t('rubric.module.disagreementHelp')}
        onValueChange={(percent) => onChange({ ...module, disagreementShare: Math.round(percent * 100) / 10000 })}
        sx={{ width: 200 }}
        testId="rubric-disagreement"
      />
    </Box>
  );
}
