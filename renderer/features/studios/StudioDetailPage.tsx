import { useState } from 'react';
import { Alert, Box, Button, MenuItem, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { StudioFund } from './detail/StudioFund';
import { StudioMembers } from './detail/StudioMembers';
import { StudioOverview } from './detail/StudioOverview';
import { StudioAchievements, StudioActivities, StudioProjects } from './detail/StudioRecords';
import { StudioExports } from './exports/StudioExports';
import { StudioFormDialog } from './StudioFormDialog';
import { useStudioDetail, type StudioDetail } from './useStudioDetail';

/** Years the studio has records in, newest first, always including this year. */
function yearsOf(detail: StudioDetail): number[] {
  const years = new Set<number>([new Date().getFullYear()]);
  for (const a of detail.achievements) years.add(a.year);
  for (const a of detail.activities) years.add(Number(a.date.slice(0, 4)));
  for (const p of detail.projects) years.add(Number(p.startDate.slice(0, 4)));
  for (const b of detail.studio.fundBudgets ?? []) years.add(b.year);
  return [...years].sort((a, b) => b - a);
}

/** The latest year with achievements or activities (the demo is 2024), else this year. */
function defaultYear(detail: StudioDetail): number {
  const withRecords = [...detail.achievements.map((a) => a.year), ...detail.activities.map((a) => Number(a.date.slice(0, 4)))];
  return withRecords.length > 0 ? Math.max(...withRecords) : new Date().getFullYear();
}

export default function StudioDetailPage() {
  const { t } = useTranslation();
  const { studioId = '' } = useParams();
  const detail = useStudioDetail(studioId);
  const [editing, setEditing] = useState(false);
  const [chosenYear, setChosenYear] = useState<number | undefined>();

  if (detail === undefined) return <PageLoading />;
  if (detail === null) {
    return <Alert severity="warning" action={<Link to="/studios">{t('nav.studios')}</Link>}>{t('innovation.studio.notFound')}</Alert>;
  }
  const year = chosenYear ?? defaultYear(detail);
  return (
    <>
      <PageHeader
        title={detail.studio.name}
        subtitle={t(`enums.studioKind.${detail.studio.kind}`)}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField select size="small" label={t('common.year')} value={year} onChange={(e) => setChosenYear(Number(e.target.value))} sx={{ width: 110 }} slotProps={{ htmlInput: { 'data-testid': 'studio-year' } }}>
              {yearsOf(detail).map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
            </TextField>
            <StudioExports detail={detail} year={year} />
            <Button startIcon={<EditIcon />} variant="outlined" onClick={() => setEditing(true)} data-testid="edit-studio">{t('innovation.form.edit')}</Button>
          </Box>
        }
      />
      <StudioOverview detail={detail} />
      <StudioMembers detail={detail} />
      <StudioFund detail={detail} year={year} />
      <StudioProjects detail={detail} />
      <StudioAchievements detail={detail} />
      <StudioActivities detail={detail} />
      {editing && <StudioFormDialog studio={detail.studio} onClose={() => setEditing(false)} />}
    </>
  );
}
