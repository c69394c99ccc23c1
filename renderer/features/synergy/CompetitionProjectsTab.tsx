/** The competition's `projects` tab: studio projects born in this competition, their stage and results. */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { buildProjectFromCompetition, checkProjectFromCompetition } from '../../../shared/synergy/buildProjectFromCompetition';
import { formatYuan } from '../../app/format';
import { VirtualTable } from '../../app/components/VirtualTable';
import { useLanguage } from '../../app/useLanguage';
import { newId } from '../../db/repositories';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import type { CompetitionTabProps } from '../competitions/CompetitionDetailPage';

export default function CompetitionProjectsTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const rows = useLiveRecords((r) => r.synergy.projectsFromCompetition(competition.id), [competition.id]);
  const studios = useLiveRecords(async (r) => {
    const names = new Map((await r.studios.list()).map((s) => [s.id, s]));
    return names;
  });

  return (
    <Box>
      <Stack direction="row" sx={{ mb: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <Alert severity="info" sx={{ flex: 1, mr: 2 }}>
          {t('synergy.projectsIntro')}
        </Alert>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="project-from-competition">
          {t('synergy.createProject')}
        </Button>
      </Stack>
      {rows && rows.length === 0 && <Alert severity="success" icon={false}>{t('synergy.noProjects')}</Alert>}
      {rows && rows.length > 0 && (
        <VirtualTable
          label={t('synergy.projectsFromCompetition')}
          testId="competition-projects"
          rows={rows}
          rowKey={(row) => row.project.id}
          maxHeight={480}
          onRowClick={(row) => void navigate(`/projects/${row.project.id}`)}
          columns={[
            { key: 'title', header: t('common.name'), width: '3fr', render: (row) => row.project.title },
            { key: 'studio', header: t('synergy.studio'), width: '2fr', render: (row) => studios?.get(row.project.studioId)?.name ?? '—' },
            { key: 'stage', header: t('synergy.stage'), width: '1fr', render: (row) => t(`enums.projectStage.${row.project.stage}`) },
            { key: 'start', header: t('synergy.start'), width: '120px', render: (row) => row.project.startDate },
            { key: 'results', header: t('synergy.results'), width: '1fr', align: 'right', render: (row) => String(row.achievements.length) },
            {
              key: 'savings',
              header: t('synergy.savingsYuan'),
              width: '1.2fr',
              align: 'right',
              render: (row) => formatYuan(row.achievements.reduce((sum, a) => sum + a.annualSavingsFen, 0), language),
            },
          ]}
        />
      )}
      {creating && studios && (
        <CreateProjectDialog
          competition={competition}
          studios={[...studios.values()].sort((a, b) => Number(b.trade === competition.trade) - Number(a.trade === competition.trade) || a.name.localeCompare(b.name, language))}
          onClose={() => setCreating(false)}
        />
      )}
    </Box>
  );
}

function CreateProjectDialog({
  competition,
  studios,
  onClose,
}: {
  competition: CompetitionTabProps['competition'];
  studios: readonly { id: string; name: string; trade: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [studioId, setStudioId] = useState(studios[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [method, setMethod] = useState('');
  const [touched, setTouched] = useState(false);
  const studio = studios.find((s) => s.id === studioId);
  const problems = checkProjectFromCompetition({ title, studio }).map((p) => p.code);

  const create = async () => {
    setTouched(true);
    if (problems.length > 0) return;
    const project = buildProjectFromCompetition({ id: newId(), competition, studio, title, method, memberIds: [], today: new Date().toISOString().slice(0, 10) });
    await repositories.synergy.createProject(project);
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('synergy.createProjectTitle', { competition: competition.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField select label={t('synergy.studio')} value={studioId} onChange={(e) => setStudioId(e.target.value)} slotProps={{ select: { 'data-testid': 'new-project-studio' } as object }}>
            {studios.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
                {s.trade === competition.trade ? ` · ${s.trade}` : ''}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('synergy.projectTitle')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={touched && problems.includes('title_required')}
            helperText={touched && problems.includes('title_required') ? t('synergy.titleRequired') : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'new-project-title' } }}
          />
          <TextField label={t('synergy.method')} helperText={t('synergy.methodHelp')} value={method} onChange={(e) => setMethod(e.target.value)} multiline minRows={3} slotProps={{ htmlInput: { 'data-testid': 'new-project-method' } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void create()} data-testid="new-project-create">
          {t('synergy.create')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
