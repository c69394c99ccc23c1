/**
 * Entering a reward by hand: who, what kind, for which year, from which competition or project, how much (yuan),
 * granted when. Checked by shared/incentives/validateIncentiveDraft.ts, each problem shown in plain words under
 * its field; saved as pending approval.
 */
import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { INCENTIVE_KINDS, INCENTIVE_SOURCE_KINDS, type Incentive, type Person } from '../../../../shared/domain';
import { parseYuan, validateIncentiveDraft, type IncentiveDraftProblem } from '../../../../shared/incentives/validateIncentiveDraft';
import { useRepositories } from '../../../db/useRepositories';
import { DateField } from '../../studios/components/DateField';
import { PersonPicker } from '../../studios/components/PersonPicker';

interface SourceOption {
  readonly id: string;
  readonly name: string;
}

export function IncentiveFormDialog({ year: initialYear, onClose, onSaved }: { year: number; onClose: () => void; onSaved: (text: string) => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [person, setPerson] = useState<Person | null>(null);
  const [kind, setKind] = useState<Incentive['kind'] | ''>('bonus');
  const [yearText, setYearText] = useState(String(initialYear));
  const [sourceKind, setSourceKind] = useState<Incentive['sourceKind']>('competition');
  const [source, setSource] = useState<SourceOption | null>(null);
  const [options, setOptions] = useState<readonly SourceOption[]>([]);
  const [amountYuan, setAmountYuan] = useState('');
  const [grantedOn, setGrantedOn] = useState('');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string>();
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText) : undefined;

  useEffect(() => {
    let live = true;
    void repositories.incentives.sourceOptions(sourceKind, year ?? initialYear).then((rows) => live && setOptions(rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))));
    return () => {
      live = false;
    };
  }, [repositories, sourceKind, year, initialYear]);

  const problems = validateIncentiveDraft({
    ...(person ? { personId: person.id } : {}),
    ...(kind ? { kind } : {}),
    ...(year !== undefined ? { year } : yearText.trim() ? { year: Number.NaN } : {}),
    sourceKind,
    ...(source ? { sourceId: source.id } : {}),
    description,
    amountYuan,
    grantedOn,
  });
  const message = (field: IncentiveDraftProblem['field']) => {
    const problem = tried ? problems.find((p) => p.field === field) : undefined;
    if (!problem) return undefined;
    const params: Record<string, number> = 'params' in problem && problem.params ? { ...problem.params } : {};
    return t(`reporting.incentives.errors.${field}.${problem.code}`, params);
  };

  const save = async () => {
    setTried(true);
    if (problems.length > 0 || !person || !kind || year === undefined || !source) return;
    try {
      await repositories.incentives.addPending([
        {
          personId: person.id,
          kind,
          year,
          amountFen: amountYuan.trim() ? (parseYuan(amountYuan) ?? 0) : 0,
          description: description.trim(),
          sourceKind,
          sourceId: source.id,
          ...(grantedOn ? { grantedAt: `${grantedOn}T00:00:00.000Z` } : {}),
        },
      ]);
      onSaved(t('reporting.incentives.form.saved'));
      onClose();
    } catch (e) {
      setError(t('common.errorDetail', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('reporting.incentives.form.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <PersonPicker label={t('reporting.incentives.form.person')} value={person} onChange={setPerson} error={message('personId')} testId="incentive-person" required />
          <Stack direction="row" spacing={2}>
            <TextField select fullWidth size="small" required label={t('reporting.incentives.form.kind')} value={kind} onChange={(e) => setKind(e.target.value as Incentive['kind'])} error={Boolean(message('kind'))} helperText={message('kind')} slotProps={{ select: { 'data-testid': 'incentive-kind' } as object }}>
              {INCENTIVE_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`enums.incentiveKind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField size="small" required label={t('reporting.incentives.form.year')} value={yearText} onChange={(e) => setYearText(e.target.value)} error={Boolean(message('year'))} helperText={message('year')} sx={{ width: 140 }} slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'incentive-year' } }} />
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField
              select
              size="small"
              label={t('reporting.incentives.form.sourceKind')}
              value={sourceKind}
              onChange={(e) => {
                setSourceKind(e.target.value as Incentive['sourceKind']);
                setSource(null);
              }}
              sx={{ width: 200, flexShrink: 0 }}
              slotProps={{ select: { 'data-testid': 'incentive-source-kind' } as object }}
            >
              {INCENTIVE_SOURCE_KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {t(`reporting.incentives.sourceKind.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <Autocomplete
              fullWidth
              size="small"
              options={options}
              value={source}
              getOptionLabel={(o) => o.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_e, value) => setSource(value)}
              noOptionsText={t('reporting.incentives.form.noSources')}
              renderInput={(params) => (
                <TextField
                  {...params}
                  required
                  label={t('reporting.incentives.form.source')}
                  placeholder={t('reporting.incentives.form.sourceHint')}
                  error={Boolean(message('sourceId'))}
                  helperText={message('sourceId')}
                  slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'incentive-source' } }}
                />
              )}
            />
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField
              size="small"
              fullWidth
              label={t('reporting.incentives.form.amount')}
              value={amountYuan}
              onChange={(e) => setAmountYuan(e.target.value)}
              error={Boolean(message('amountYuan'))}
              helperText={message('amountYuan') ?? t('reporting.incentives.form.amountHint')}
              slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'incentive-amount' } }}
            />
            <DateField label={t('reporting.incentives.form.grantedOn')} value={grantedOn} onChange={setGrantedOn} error={message('grantedOn')} testId="incentive-granted-on" />
          </Stack>
          <TextField size="small" multiline minRows={2} label={t('reporting.incentives.form.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={Boolean(message('description'))} helperText={message('description')} slotProps={{ htmlInput: { 'data-testid': 'incentive-description' } }} />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="incentive-save">
          {t('reporting.incentives.form.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
