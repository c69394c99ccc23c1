/**
 * Register or edit an achievement: kind, project, owners ranked by contribution, patent details, economic
 * benefit with its basis, where it was rolled out. A new registration calls `onAchievementRegistered`.
 */
import { useEffect, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ACHIEVEMENT_KINDS, type Achievement, type Patent, type Person, type Project } from '../../../shared/domain';
import { fenToYuanText, parseYuanToFen } from '../../../shared/studios/money';
import { isPatentKind } from '../../../shared/studios/patentTerm';
import { validateAchievementDraft } from '../../../shared/studios/validateDrafts';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { DateField } from '../studios/components/DateField';
import { PeoplePicker } from '../studios/components/PersonPicker';
import { recordPath } from '../studios/components/RecordLink';
import { useProblemText } from '../studios/useProblemText';
import { onAchievementRegistered } from './onAchievementRegistered';

const today = () => new Date().toISOString().slice(0, 10);
const PATENT_STATUSES = ['applied', 'granted', 'lapsed'] as const;

export function AchievementFormDialog({ studioId, projectId, achievement, onClose }: { studioId?: string; projectId?: string; achievement?: Achievement; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [title, setTitle] = useState(achievement?.title ?? '');
  const [kind, setKind] = useState<Achievement['kind']>(achievement?.kind ?? 'utility_model');
  const [date, setDate] = useState(achievement?.date ?? today());
  const [chosenProject, setChosenProject] = useState(achievement?.projectId ?? projectId ?? '');
  const [projects, setProjects] = useState<Project[]>([]);
  const [owners, setOwners] = useState<Person[]>([]);
  const [shares, setShares] = useState<string[]>((achievement?.contributionShares ?? []).map(String));
  const [patent, setPatent] = useState<Patent>(achievement?.patent ?? { filedOn: today(), status: 'applied' });
  const [savings, setSavings] = useState(fenToYuanText(achievement?.annualSavingsFen ?? 0));
  const [basis, setBasis] = useState(achievement?.savingsBasis ?? '');
  const [efficiency, setEfficiency] = useState(achievement?.efficiencyGain ?? '');
  const [rolledOut, setRolledOut] = useState((achievement?.rolledOutTo ?? []).join('\n'));
  const [tried, setTried] = useState(false);
  const owningStudio = achievement?.studioId ?? studioId;

  useEffect(() => {
    if (owningStudio) void repositories.projects.ofStudio(owningStudio).then(setProjects);
    if (achievement) void repositories.people.byIds(achievement.ownerIds).then(setOwners);
  }, [repositories, owningStudio, achievement]);

  const savingsFen = parseYuanToFen(savings);
  const shareNumbers = shares.slice(0, owners.length).map((s) => Number(s));
  const usesShares = shares.slice(0, owners.length).some((s) => s.trim() !== '');
  const draft = {
    title: title.trim(),
    kind,
    date,
    year: Number(date.slice(0, 4)),
    ...(owningStudio ? { studioId: owningStudio } : {}),
    ...(chosenProject ? { projectId: chosenProject } : {}),
    ownerIds: owners.map((o) => o.id),
    ...(usesShares ? { contributionShares: shareNumbers.map((n) => (Number.isInteger(n) ? n : 0)) } : {}),
    ...(isPatentKind(kind) ? { patent: { ...patent, ...(patent.number ? { number: patent.number.trim() } : {}) } } : {}),
    annualSavingsFen: savingsFen ?? 0,
    savingsBasis: basis.trim(),
    efficiencyGain: efficiency.trim(),
    rolledOutTo: rolledOut.split(/\n|；|;/).map((s) => s.trim()).filter(Boolean),
  };
  const problems = validateAchievementDraft(draft);
  const problem = useProblemText(problems, tried);

  const save = async () => {
    setTried(true);
    if (problems.length > 0 || savingsFen === undefined) return;
    const { patent: _p, contributionShares: _c, studioId: _s, projectId: _pr, ...base } = achievement ?? ({ id: newId() } as Achievement);
    const saved = await repositories.achievements.save({ ...base, ...draft });
    if (!achievement) await onAchievementRegistered(repositories, saved);
    onClose();
    if (!achievement) void navigate(recordPath('achievements', saved.id));
  };

  const setPatentField = <K extends keyof Patent>(key: K, value: Patent[K] | undefined) => {
    const next = { ...patent } as Record<string, unknown>;
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    setPatent(next as Patent);
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{achievement ? t('innovation.achievement.edit') : t('innovation.achievement.register')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" required label={t('innovation.achievement.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={Boolean(problem('title'))} helperText={problem('title')} slotProps={{ htmlInput: { 'data-testid': 'achievement-title' } }} />
          <TextField size="small" select label={t('common.kind')} value={kind} onChange={(e) => setKind(e.target.value as Achievement['kind'])} slotProps={{ htmlInput: { 'data-testid': 'achievement-kind' } }}>
            {ACHIEVEMENT_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`enums.achievementKind.${k}`)}</MenuItem>)}
          </TextField>
          <DateField label={t('innovation.achievement.date')} value={date} onChange={setDate} required error={problem('date')} />
          <TextField size="small" select label={t('innovation.achievement.project')} value={chosenProject} onChange={(e) => setChosenProject(e.target.value)}>
            <MenuItem value="">{t('common.none')}</MenuItem>
            {projects.map((p) => <MenuItem key={p.id} value={p.id}>{p.title}</MenuItem>)}
          </TextField>
          <Box />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <PeoplePicker label={t('innovation.achievement.owners')} value={owners} onChange={setOwners} error={problem('ownerIds')} testId="achievement-owners" />
          </Box>
          {owners.length > 1 && (
            <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary">{t('innovation.achievement.shares')}</Typography>
              {owners.map((o, i) => (
                <TextField key={o.id} size="small" sx={{ width: 120 }} label={o.name} value={shares[i] ?? ''} onChange={(e) => setShares(owners.map((_x, j) => (j === i ? e.target.value : shares[j] ?? '')))} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
              ))}
              {problem('contributionShares') && <Typography variant="caption" color="error">{problem('contributionShares')}</Typography>}
            </Box>
          )}
          {isPatentKind(kind) && (
            <>
              <Typography sx={{ gridColumn: '1 / -1' }} variant="subtitle2">{t('innovation.patent.title')}</Typography>
              <TextField size="small" label={t('innovation.patent.number')} value={patent.number ?? ''} onChange={(e) => setPatentField('number', e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'patent-number' } }} />
              <TextField size="small" select label={t('common.status')} value={patent.status} onChange={(e) => setPatentField('status', e.target.value as Patent['status'])} slotProps={{ htmlInput: { 'data-testid': 'patent-status' } }}>
                {PATENT_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`innovation.patent.status.${s}`)}</MenuItem>)}
              </TextField>
              <DateField label={t('innovation.patent.filedOn')} value={patent.filedOn} onChange={(v) => setPatentField('filedOn', v)} required error={problem('patent.filedOn')} />
              <DateField label={t('innovation.patent.grantedOn')} value={patent.grantedOn ?? ''} onChange={(v) => setPatentField('grantedOn', v)} error={problem('patent.grantedOn')} />
              <TextField size="small" label={t('innovation.patent.feesPaidThroughYear')} value={patent.feesPaidThroughYear ?? ''} onChange={(e) => setPatentField('feesPaidThroughYear', e.target.value === '' ? undefined : Number(e.target.value))} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
            </>
          )}
          <Typography sx={{ gridColumn: '1 / -1' }} variant="subtitle2">{t('innovation.achievement.benefit')}</Typography>
          <TextField size="small" label={t('innovation.achievement.savingsYuan')} value={savings} onChange={(e) => setSavings(e.target.value)} error={savingsFen === undefined} helperText={savingsFen === undefined ? t('innovation.problems.not_money') : undefined} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'achievement-savings' } }} />
          <TextField size="small" label={t('innovation.achievement.efficiency')} value={efficiency} onChange={(e) => setEfficiency(e.target.value)} />
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" multiline minRows={2} label={t('innovation.achievement.basis')} value={basis} onChange={(e) => setBasis(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'achievement-basis' } }} />
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" multiline minRows={2} label={t('innovation.achievement.rolledOutTo')} helperText={t('innovation.achievement.rolledOutHelp')} value={rolledOut} onChange={(e) => setRolledOut(e.target.value)} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="achievement-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
