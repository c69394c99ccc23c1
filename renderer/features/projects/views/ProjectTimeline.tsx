/**
 * A timeline (Gantt) of projects: a bar from the start to the planned end (or to the last gate, or today for
 * open projects), coloured by stage, with milestones as dots. Rows are virtualised.
 */
import { useMemo, useRef, useState } from 'react';
import { Box, MenuItem, TextField, Tooltip, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Project } from '../../../../shared/domain';
import { recordPath } from '../../studios/components/RecordLink';
import type { ProjectsData } from './useProjectRows';

const ROW = 32;
const LABEL = 240;
const COLORS: Record<Project['stage'], string> = { proposal: '#90a4ae', review: '#ffb300', approved: '#29b6f6', in_progress: '#1e88e5', trial: '#7e57c2', completed: '#43a047', rolled_out: '#2e7d32', rejected: '#e53935', on_hold: '#bdbdbd' };

function endOf(p: Project, today: string): string {
  if (p.plannedEndDate) return p.plannedEndDate;
  const closed = p.stage === 'completed' || p.stage === 'rolled_out' || p.stage === 'rejected';
  return closed ? (p.gates.at(-1)?.at ?? p.startDate) : today;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function ProjectTimeline({ data }: { data: ProjectsData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [studioId, setStudioId] = useState(data.studios[0]?.id ?? '');
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = new Date().toISOString().slice(0, 10);
  const projects = useMemo(() => data.projects.filter((p) => !studioId || p.studioId === studioId).sort((a, b) => a.startDate.localeCompare(b.startDate)), [data.projects, studioId]);
  const from = projects.reduce((min, p) => (p.startDate < min ? p.startDate : min), today).slice(0, 4) + '-01-01';
  const to = `${Number(projects.reduce((max, p) => (endOf(p, today) > max ? endOf(p, today) : max), today).slice(0, 4)) + 1}-01-01`;
  const span = dayNumber(to) - dayNumber(from);
  const x = (date: string) => `${(100 * (dayNumber(date) - dayNumber(from))) / span}%`;
  const years = Array.from({ length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) }, (_v, i) => Number(from.slice(0, 4)) + i);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows re-render on scroll by design
  const virtualizer = useVirtualizer({ count: projects.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 10 });
  return (
    <Box data-testid="project-timeline">
      <TextField size="small" select label={t('projects.studio')} value={studioId} onChange={(e) => setStudioId(e.target.value)} sx={{ width: 240, mb: 1.5 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
        <MenuItem value="">{t('innovation.views.allStudios')}</MenuItem>
        {data.studios.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
      <Box sx={{ display: 'grid', gridTemplateColumns: `${LABEL}px 1fr`, borderBottom: 1, borderColor: 'divider' }}>
        <Box />
        <Box sx={{ position: 'relative', height: 24 }}>
          {years.map((y) => <Typography key={y} variant="caption" sx={{ position: 'absolute', left: x(`${y}-01-01`), pl: 0.5, borderLeft: 1, borderColor: 'divider' }}>{y}</Typography>)}
        </Box>
      </Box>
      <Box ref={scrollRef} sx={{ height: 'calc(100vh - 330px)', overflowY: 'auto', bgcolor: 'background.paper', border: 1, borderColor: 'divider' }}>
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = projects[item.index]!;
            const end = endOf(p, today);
            return (
              <Box key={p.id} onClick={() => void navigate(recordPath('projects', p.id))} style={{ transform: `translateY(${item.start}px)` }} sx={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, display: 'grid', gridTemplateColumns: `${LABEL}px 1fr`, alignItems: 'center', cursor: 'pointer', '&:hover': { bgcolor: 'action.hover' } }}>
                <Typography variant="body2" noWrap title={p.title} sx={{ px: 1 }}>{p.title}</Typography>
                <Box sx={{ position: 'relative', height: '100%' }}>
                  <Tooltip title={`${t(`enums.projectStage.${p.stage}`)} · ${p.startDate} – ${end}`}>
                    <Box style={{ left: x(p.startDate), width: `calc(${x(end)} - ${x(p.startDate)} + 2px)`, background: COLORS[p.stage] }} sx={{ position: 'absolute', top: 8, height: 16, borderRadius: 0.5 }} />
                  </Tooltip>
                  {p.milestones.map((m) => <Box key={m.id} title={`${m.title} ${m.due}`} style={{ left: x(m.due) }} sx={{ position: 'absolute', top: 11, width: 10, height: 10, ml: '-5px', transform: 'rotate(45deg)', bgcolor: m.doneOn ? 'success.dark' : 'warning.dark' }} />)}
                </Box>
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
