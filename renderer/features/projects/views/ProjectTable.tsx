/** The virtualised project table with filter, sort, group and saved views. */
import { useMemo, useState } from 'react';
import { Box, Button, Chip, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BOARD_STAGES } from '../../../../shared/studios/projectStages';
import { applyProjectView, DEFAULT_VIEW, GROUP_KEYS, SORT_KEYS, type ProjectViewSettings, type ViewItem } from '../../../../shared/studios/projectView';
import { VirtualTable, type Column } from '../../../app/components/VirtualTable';
import { formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { newId } from '../../../db/repositories';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { CellText } from '../../studios/components/CellText';
import { recordPath } from '../../studios/components/RecordLink';
import type { ProjectsData } from './useProjectRows';

const SCOPE = 'projects';

export function ProjectTable({ data }: { data: ProjectsData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [view, setView] = useState<ProjectViewSettings>(DEFAULT_VIEW);
  const [viewName, setViewName] = useState('');
  const saved = useLiveRecords((r) => r.projects.savedViews.of(SCOPE));
  // Applied synchronously: the view function takes about a millisecond on 10,000 rows (docs/benchmarks.md).
  const items = useMemo(() => applyProjectView(data.rows, view), [data.rows, view]);
  const rowCount = items.filter((i) => i.kind === 'row').length;
  const set = (change: Partial<ProjectViewSettings>) => setView({ ...view, ...change });
  const groupLabel = (key: string) => (view.group === 'stage' ? t(`enums.projectStage.${key}`) : key || '—');

  const cell = (render: (row: Extract<ViewItem, { kind: 'row' }>['row']) => React.ReactNode) => (item: ViewItem) => (item.kind === 'row' ? render(item.row) : null);
  const columns: Column<ViewItem>[] = [
    { key: 'title', header: t('innovation.project.title'), width: 'minmax(220px, 3fr)', render: (item) => (item.kind === 'group' ? <b>{t('innovation.views.groupHeader', { label: groupLabel(item.key), count: item.count })}</b> : <CellText text={item.row.title} />) },
    { key: 'studio', header: t('projects.studio'), width: 'minmax(150px, 2fr)', render: cell((r) => <CellText text={r.studioName} />) },
    { key: 'stage', header: t('projects.stage'), width: '88px', render: cell((r) => t(`enums.projectStage.${r.stage}`)) },
    { key: 'start', header: t('projects.start'), width: '104px', render: cell((r) => r.startDate) },
    { key: 'members', header: t('common.members'), width: '60px', align: 'right', render: cell((r) => r.memberCount) },
    { key: 'budget', header: t('innovation.fund.allocated'), width: '110px', align: 'right', render: cell((r) => formatYuan(r.budgetFen, language)) },
    { key: 'origin', header: t('projects.origin'), width: 'minmax(140px, 2fr)', render: cell((r) => <CellText text={r.originName || '—'} />) },
  ];

  const saveView = async () => {
    if (!viewName.trim()) return;
    await repositories.projects.savedViews.save({ id: newId(), scope: SCOPE, name: viewName.trim(), settings: view });
    setViewName('');
  };

  return (
    <>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5, alignItems: 'center' }}>
        <TextField size="small" label={t('common.search')} value={view.text} onChange={(e) => set({ text: e.target.value })} sx={{ width: 180 }} slotProps={{ htmlInput: { 'data-testid': 'project-filter-text' } }} />
        <TextField size="small" select label={t('projects.studio')} value={view.studioId} onChange={(e) => set({ studioId: e.target.value })} sx={{ width: 180 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
          <MenuItem value="">{t('innovation.views.allStudios')}</MenuItem>
          {data.studios.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
        </TextField>
        <TextField size="small" select label={t('projects.stage')} value={view.stages} onChange={(e) => set({ stages: e.target.value as unknown as ProjectViewSettings['stages'] })} sx={{ width: 160 }} slotProps={{ select: { multiple: true, renderValue: (v) => (v as string[]).map((s) => t(`enums.projectStage.${s}`)).join('、') } }}>
          {BOARD_STAGES.map((s) => <MenuItem key={s} value={s}>{t(`enums.projectStage.${s}`)}</MenuItem>)}
        </TextField>
        <TextField size="small" select label={t('innovation.views.sort')} value={view.sort} onChange={(e) => set({ sort: e.target.value as ProjectViewSettings['sort'] })} sx={{ width: 130 }}>
          {SORT_KEYS.map((k) => <MenuItem key={k} value={k}>{t(`innovation.views.sortKeys.${k}`)}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Switch size="small" checked={view.descending} onChange={(e) => set({ descending: e.target.checked })} />} label={t('innovation.views.descending')} />
        <TextField size="small" select label={t('innovation.views.group')} value={view.group} onChange={(e) => set({ group: e.target.value as ProjectViewSettings['group'] })} sx={{ width: 120 }}>
          {GROUP_KEYS.map((k) => <MenuItem key={k} value={k}>{t(`innovation.views.groupKeys.${k}`)}</MenuItem>)}
        </TextField>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5, alignItems: 'center' }}>
        {(saved ?? []).map((v) => (
          <Chip key={v.id} label={v.name} onClick={() => setView({ ...DEFAULT_VIEW, ...(v.settings as Partial<ProjectViewSettings>) })} onDelete={() => void repositories.projects.savedViews.remove(v.id)} />
        ))}
        <TextField size="small" placeholder={t('innovation.views.viewName')} value={viewName} onChange={(e) => setViewName(e.target.value)} sx={{ width: 160 }} />
        <Button size="small" startIcon={<BookmarkAddIcon />} onClick={() => void saveView()} disabled={!viewName.trim()}>{t('innovation.views.save')}</Button>
        <Box sx={{ flexGrow: 1 }} />
        <Box sx={{ color: 'text.secondary', fontSize: 14 }} data-testid="project-table-count">{t('common.records', { count: rowCount })}</Box>
      </Box>
      <VirtualTable label={t('projects.title')} testId="projects-table" rows={items} columns={columns} rowKey={(i) => (i.kind === 'group' ? `g:${i.key}` : i.row.id)} onRowClick={(i) => i.kind === 'row' && void navigate(recordPath('projects', i.row.id))} maxHeight="calc(100vh - 320px)" />
    </>
  );
}
