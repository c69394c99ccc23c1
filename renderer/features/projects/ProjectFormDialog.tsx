/** Create or edit a project: title, summary, members, dates, origin competition. New projects start at 申报. */
import { useEffect, useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Competition, Person, Project, Studio } from '../../../shared/domain';
import { validateProjectDraft } from '../../../shared/studios/validateDrafts';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { DateField } from '../studios/components/DateField';
import { PeoplePicker } from '../studios/components/PersonPicker';
import { recordPath } from '../studios/components/RecordLink';
import { useProblemText } from '../studios/useProblemText';

const today = () => new Date().toISOString().slice(0, 10);

export function ProjectFormDialog({ studioId, project, onClose }: { studioId?: string; project?: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [studios, setStudios] = useState<Studio[]>([]);
  const [competitions, setCompetitions] = useState<Competition[]>([]);
  const [chosenStudio, setChosenStudio] = useState(project?.studioId ?? studioId ?? '');
  const [title, setTitle] = useState(project?.title ?? '');
  const [summary, setSummary] = useState(project?.summary ?? '');
  const [startDate, setStartDate] = useState(project?.startDate ?? today());
  const [plannedEndDate, setPlannedEndDate] = useState(project?.plannedEndDate ?? '');
  const [origin, setOrigin] = useState(project?.originCompetitionId ?? '');
  const [members, setMembers] = useState<Person[]>([]);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    // Dialog choices, read once when it opens (not a live query).
    void repositories.studios.list().then((rows) => setStudios(rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))));
    void repositories.competitions.list().then((rows) => setCompetitions(rows.sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, 'zh-CN'))));
    if (project) void repositories.people.byIds(project.memberIds).then(setMembers);
  }, [repositories, project]);

  const draft = {
    studioId: chosenStudio,
    title: title.trim(),
    summary: summary.trim(),
    startDate,
    ...(plannedEndDate ? { plannedEndDate } : {}),
    ...(origin ? { originCompetitionId: origin } : {}),
    memberIds: members.map((m) => m.id),
  };
  const problems = validateProjectDraft(draft);
  const problem = useProblemText(problems, tried);

  const save = async () => {
    setTried(true);
    if (problems.length > 0) return;
    const { plannedEndDate: _e, originCompetitionId: _o, ...base } = project ?? { id: newId(), stage: 'proposal' as const, gates: [], budgetFen: 0, spentFen: 0, milestones: [], notes: [], allocations: [], spending: [] };
    const saved = await repositories.projects.save({ ...base, ...draft });
    onClose();
    if (!project) void navigate(recordPath('projects', saved.id));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{project ? t('innovation.project.edit') : t('innovation.project.create')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" required label={t('innovation.project.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={Boolean(problem('title'))} helperText={problem('title')} slotProps={{ htmlInput: { 'data-testid': 'project-title' } }} />
          <TextField size="small" select required label={t('projects.studio')} value={chosenStudio} onChange={(e) => setChosenStudio(e.target.value)} disabled={Boolean(project)} error={Boolean(problem('studioId'))} helperText={problem('studioId')}>
            {studios.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
          </TextField>
          <TextField size="small" select label={t('projects.origin')} value={origin} onChange={(e) => setOrigin(e.target.value)}>
            <MenuItem value="">{t('common.none')}</MenuItem>
            {competitions.map((c) => <MenuItem key={c.id} value={c.id}>{`${c.year} ${c.name}`}</MenuItem>)}
          </TextField>
          <DateField label={t('projects.start')} value={startDate} onChange={setStartDate} required error={problem('startDate')} />
          <DateField label={t('innovation.project.plannedEnd')} value={plannedEndDate} onChange={setPlannedEndDate} error={problem('plannedEndDate')} />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <PeoplePicker label={t('common.members')} value={members} onChange={setMembers} testId="project-members" />
          </Box>
          <TextField sx={{ gridColumn: '1 / -1' }} size="small" multiline minRows={3} label={t('innovation.project.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} error={Boolean(problem('summary'))} helperText={problem('summary')} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="project-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
