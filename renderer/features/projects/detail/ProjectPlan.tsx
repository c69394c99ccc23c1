/** Milestones with due dates, and progress notes with lessons learned (进度跟踪与经验教训). */
import { useState } from 'react';
import { Box, Button, Checkbox, Chip, FormControlLabel, IconButton, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { DateField } from '../../studios/components/DateField';
import { LinkTable } from '../../studios/components/LinkTable';
import { Section } from '../../studios/components/Section';

const today = () => new Date().toISOString().slice(0, 10);

export function ProjectMilestones({ project, readOnly }: { project: Project; readOnly: boolean }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(today());
  const [tried, setTried] = useState(false);
  const milestones = [...project.milestones].sort((a, b) => a.due.localeCompare(b.due));
  const add = async () => {
    setTried(true);
    if (title.trim() === '' || due === '') return;
    await repositories.projects.save({ ...project, milestones: [...project.milestones, { id: newId(), title: title.trim(), due }] });
    setTitle('');
    setTried(false);
  };
  const toggle = (id: string, done: boolean) =>
    void repositories.projects.save({ ...project, milestones: project.milestones.map((m) => (m.id === id ? (done ? { ...m, doneOn: today() } : { id: m.id, title: m.title, due: m.due }) : m)) });
  return (
    <Section title={t('innovation.project.milestones')} testId="project-milestones">
      <LinkTable
        label={t('innovation.project.milestones')}
        rows={milestones}
        rowKey={(m) => m.id}
        empty={t('innovation.project.noMilestones')}
        columns={[
          { key: 'done', header: t('innovation.project.done'), width: 64, render: (m) => <Checkbox size="small" disabled={readOnly} checked={Boolean(m.doneOn)} onChange={(e) => toggle(m.id, e.target.checked)} slotProps={{ input: { 'aria-label': m.title } }} /> },
          { key: 'title', header: t('innovation.project.milestone'), render: (m) => m.title },
          { key: 'due', header: t('innovation.project.due'), width: 110, render: (m) => (!m.doneOn && m.due < today() ? <Chip size="small" color="error" label={m.due} /> : m.due) },
          { key: 'doneOn', header: t('innovation.project.doneOn'), width: 110, render: (m) => m.doneOn ?? '—' },
        ]}
      />
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField size="small" label={t('innovation.project.milestone')} value={title} onChange={(e) => setTitle(e.target.value)} error={tried && title.trim() === ''} helperText={tried && title.trim() === '' ? t('innovation.problems.required') : undefined} slotProps={{ htmlInput: { 'data-testid': 'milestone-title' } }} />
          <Box sx={{ width: 180 }}><DateField label={t('innovation.project.due')} value={due} onChange={setDue} required error={tried && due === '' ? t('innovation.problems.required') : undefined} /></Box>
          <Button startIcon={<AddIcon />} onClick={() => void add()} data-testid="milestone-add">{t('innovation.project.addMilestone')}</Button>
        </Box>
      )}
    </Section>
  );
}

export function ProjectNotes({ project, readOnly }: { project: Project; readOnly: boolean }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [text, setText] = useState('');
  const [lesson, setLesson] = useState(false);
  const notes = [...project.notes].sort((a, b) => b.at.localeCompare(a.at));
  const add = async () => {
    if (text.trim() === '') return;
    await repositories.projects.save({ ...project, notes: [...project.notes, { id: newId(), at: today(), text: text.trim(), lesson }] });
    setText('');
    setLesson(false);
  };
  const remove = (id: string) => void repositories.projects.save({ ...project, notes: project.notes.filter((n) => n.id !== id) });
  return (
    <Section title={t('innovation.project.notes')} testId="project-notes">
      {notes.length === 0 && <Typography variant="body2" color="text.secondary">{t('innovation.project.noNotes')}</Typography>}
      {notes.map((n) => (
        <Box key={n.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
          <Typography variant="body2" color="text.secondary" sx={{ minWidth: 90 }}>{n.at}</Typography>
          {n.lesson && <Chip size="small" color="secondary" label={t('innovation.project.lesson')} />}
          <Typography variant="body2" sx={{ flexGrow: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.text}</Typography>
          {!readOnly && <IconButton size="small" aria-label={t('innovation.form.remove')} onClick={() => remove(n.id)}><DeleteIcon fontSize="small" /></IconButton>}
        </Box>
      ))}
      {!readOnly && (
        <Box sx={{ display: 'flex', gap: 1, mt: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField size="small" sx={{ flexGrow: 1, minWidth: 260 }} multiline label={t('innovation.project.note')} value={text} onChange={(e) => setText(e.target.value)} />
          <FormControlLabel control={<Checkbox size="small" checked={lesson} onChange={(e) => setLesson(e.target.checked)} />} label={t('innovation.project.isLesson')} />
          <Button startIcon={<AddIcon />} onClick={() => void add()}>{t('innovation.project.addNote')}</Button>
        </Box>
      )}
    </Section>
  );
}
