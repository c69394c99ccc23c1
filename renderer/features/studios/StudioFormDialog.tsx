/** Create or edit a studio: kind, lead, department, members, rating history, focus, status. */
import { useEffect, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LEVELS, STUDIO_KINDS, type Department, type Person, type Studio, type StudioRating } from '../../../shared/domain';
import { validateStudioDraft } from '../../../shared/studios/validateDrafts';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { PeoplePicker, PersonPicker } from './components/PersonPicker';
import { recordPath } from './components/RecordLink';
import { useProblemText } from './useProblemText';

const STATUSES = ['active', 'suspended', 'closed'] as const;

export function StudioFormDialog({ studio, onClose }: { studio?: Studio; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [name, setName] = useState(studio?.name ?? '');
  const [kind, setKind] = useState<Studio['kind']>(studio?.kind ?? 'staff');
  const [lead, setLead] = useState<Person | null>(null);
  const [members, setMembers] = useState<Person[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [departmentId, setDepartmentId] = useState(studio?.departmentId ?? '');
  const [trade, setTrade] = useState(studio?.trade ?? '');
  const [focus, setFocus] = useState(studio?.focus ?? '');
  const [foundedYear, setFoundedYear] = useState(String(studio?.foundedYear ?? new Date().getFullYear()));
  const [status, setStatus] = useState<(typeof STATUSES)[number]>(studio?.status ?? 'active');
  const [ratings, setRatings] = useState<StudioRating[]>(studio?.ratings ?? []);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    void repositories.people.departments.list().then((rows) => setDepartments(rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))));
    if (studio) {
      void repositories.people.byIds([studio.leadId, ...studio.memberIds]).then((people) => {
        setLead(people.find((p) => p.id === studio.leadId) ?? null);
        setMembers(people.filter((p) => p.id !== studio.leadId));
      });
    }
  }, [repositories, studio]);

  const draft = {
    name: name.trim(),
    kind,
    leadId: lead?.id ?? '',
    memberIds: [...new Set(members.map((m) => m.id).filter((id) => id !== lead?.id))],
    departmentId,
    trade: trade.trim(),
    focus: focus.trim(),
    foundedYear: Number(foundedYear),
    status,
    ratings,
  };
  const problems = validateStudioDraft(draft);
  const problem = useProblemText(problems, tried);

  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;
    const saved = await repositories.studios.save({ ...(studio ?? { id: newId(), fundBudgets: [] }), ...draft });
    onClose();
    if (!studio) void navigate(recordPath('studios', saved.id));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{studio ? t('innovation.studio.edit') : t('innovation.studio.create')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField size="small" required label={t('innovation.studio.name')} value={name} onChange={(e) => setName(e.target.value)} error={Boolean(problem('name'))} helperText={problem('name')} slotProps={{ htmlInput: { 'data-testid': 'studio-name' } }} />
          <TextField size="small" select label={t('common.kind')} value={kind} onChange={(e) => setKind(e.target.value as Studio['kind'])}>
            {STUDIO_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`enums.studioKind.${k}`)}</MenuItem>)}
          </TextField>
          <PersonPicker required label={t('studios.lead')} value={lead} onChange={setLead} error={problem('leadId')} testId="studio-lead" />
          <TextField size="small" select required label={t('common.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={Boolean(problem('departmentId'))} helperText={problem('departmentId')} slotProps={{ htmlInput: { 'data-testid': 'studio-department' } }}>
            {departments.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
          <Box sx={{ gridColumn: '1 / -1' }}>
            <PeoplePicker label={t('common.members')} value={members} onChange={setMembers} testId="studio-members-input" />
          </Box>
          <TextField size="small" label={t('common.trade')} value={trade} onChange={(e) => setTrade(e.target.value)} />
          <TextField size="small" label={t('studios.founded')} value={foundedYear} onChange={(e) => setFoundedYear(e.target.value)} error={Boolean(problem('foundedYear'))} helperText={problem('foundedYear')} slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
          <TextField size="small" select label={t('common.status')} value={status} onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}>
            {STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`innovation.studioStatus.${s}`)}</MenuItem>)}
          </TextField>
          <Box />
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" multiline minRows={2} label={t('innovation.studio.focus')} value={focus} onChange={(e) => setFocus(e.target.value)} error={Boolean(problem('focus'))} helperText={problem('focus')} />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('innovation.studio.ratingHistory')}</Typography>
            {ratings.map((r, i) => (
              <Box key={i} sx={{ display: 'flex', gap: 1, mb: 1 }}>
                <TextField size="small" select label={t('common.level')} value={r.level} onChange={(e) => setRatings(ratings.map((x, j) => (j === i ? { ...x, level: e.target.value as StudioRating['level'] } : x)))} sx={{ width: 160 }}>
                  {LEVELS.map((l) => <MenuItem key={l} value={l}>{t(`enums.level.${l}`)}</MenuItem>)}
                </TextField>
                <TextField size="small" label={t('common.year')} value={r.year} onChange={(e) => setRatings(ratings.map((x, j) => (j === i ? { ...x, year: Number(e.target.value) } : x)))} sx={{ width: 120 }} />
                <IconButton aria-label={t('innovation.form.remove')} onClick={() => setRatings(ratings.filter((_x, j) => j !== i))}><DeleteIcon /></IconButton>
              </Box>
            ))}
            {problem('ratings') && <Typography variant="caption" color="error">{problem('ratings')}</Typography>}
            <Button size="small" startIcon={<AddIcon />} onClick={() => setRatings([...ratings, { level: 'company', year: new Date().getFullYear() }])}>{t('innovation.studio.addRating')}</Button>
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="studio-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
