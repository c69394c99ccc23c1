/** A month of milestones across projects: each one leads to its project; overdue ones are marked. */
import { useMemo, useState } from 'react';
import { Box, IconButton, Link, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useLanguage } from '../../../app/useLanguage';
import { recordPath } from '../../studios/components/RecordLink';
import type { ProjectsData } from './useProjectRows';

interface CalendarItem {
  readonly projectId: string;
  readonly projectTitle: string;
  readonly title: string;
  readonly done: boolean;
}

/** The month with the most milestones due after today, or this month. */
function initialMonth(data: ProjectsData): string {
  const dues = data.projects.flatMap((p) => p.milestones.map((m) => m.due)).sort();
  return (dues.at(-1) ?? new Date().toISOString()).slice(0, 7);
}

export function MilestoneCalendar({ data }: { data: ProjectsData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [month, setMonth] = useState(() => initialMonth(data));
  const byDay = useMemo(() => {
    const map = new Map<string, CalendarItem[]>();
    for (const p of data.projects)
      for (const m of p.milestones)
        if (m.due.startsWith(month)) map.set(m.due, [...(map.get(m.due) ?? []), { projectId: p.id, projectTitle: p.title, title: m.title, done: Boolean(m.doneOn) }]);
    return map;
  }, [data.projects, month]);
  const [y, mo] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, mo - 1, 1));
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7; // weeks start on Monday
  const shift = (delta: number) => setMonth(new Date(Date.UTC(y, mo - 1 + delta, 1)).toISOString().slice(0, 7));
  const today = new Date().toISOString().slice(0, 10);
  const weekdays = Array.from({ length: 7 }, (_x, i) => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));
  return (
    <Box data-testid="milestone-calendar">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <IconButton aria-label={t('innovation.views.prevMonth')} onClick={() => shift(-1)}><ChevronLeftIcon /></IconButton>
        <Typography variant="h6" sx={{ fontSize: 16 }}>{new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(first)}</Typography>
        <IconButton aria-label={t('innovation.views.nextMonth')} onClick={() => shift(1)}><ChevronRightIcon /></IconButton>
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        {weekdays.map((d) => <Typography key={d} variant="caption" sx={{ p: 0.5, fontWeight: 600, borderBottom: 1, borderColor: 'divider' }}>{d}</Typography>)}
        {Array.from({ length: lead }, (_x, i) => <Box key={`x${i}`} sx={{ borderRight: 1, borderBottom: 1, borderColor: 'divider' }} />)}
        {Array.from({ length: days }, (_x, i) => {
          const date = `${month}-${String(i + 1).padStart(2, '0')}`;
          const items = byDay.get(date) ?? [];
          return (
            <Box key={date} sx={{ minHeight: 84, p: 0.5, borderRight: 1, borderBottom: 1, borderColor: 'divider', overflow: 'hidden' }}>
              <Typography variant="caption" color="text.secondary">{i + 1}</Typography>
              {items.slice(0, 3).map((item, j) => (
                <Link key={j} component={RouterLink} to={recordPath('projects', item.projectId)} title={`${item.projectTitle}: ${item.title}`} underline="hover" sx={{ display: 'block', fontSize: 12, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', color: item.done ? 'text.secondary' : date < today ? 'error.main' : undefined, textDecoration: item.done ? 'line-through' : undefined }}>
                  {item.title}
                </Link>
              ))}
              {items.length > 3 && <Typography variant="caption" color="text.secondary">{t('innovation.views.more', { count: items.length - 3 })}</Typography>}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
