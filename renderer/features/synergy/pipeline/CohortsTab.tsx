/**
 * Cohorts of award winners (the year of their first award) followed over the following years: one table per
 * cohort, measures × years; every number opens the people behind it.
 */
import { useState } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Cohort } from '../../../../shared/synergy/buildCohorts';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { DrillDownDialog, type DrillDown } from '../../dashboard/DrillDownDialog';
import { Section } from '../../studios/components/Section';

export function CohortsTab() {
  const { t } = useTranslation();
  const view = useLiveRecords(async (r) => {
    const years = await r.pipeline.years();
    return r.pipeline.cohorts(Math.max(years[0] ?? 0, new Date().getFullYear()));
  });
  const [drillDown, setDrillDown] = useState<DrillDown | null>(null);

  if (!view) return <PageLoading />;
  return (
    <Box>
      <Alert severity="info" icon={false} sx={{ mb: 2 }}>
        <Typography variant="body2">{t('pipeline.cohorts.intro')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('pipeline.cohorts.joinNote')}</Typography>
      </Alert>
      {view.cohorts.length === 0 && <Alert severity="success" icon={false}>{t('pipeline.cohorts.none')}</Alert>}
      {[...view.cohorts].reverse().map((cohort) => (
        <CohortTable key={cohort.year} cohort={cohort} onOpen={setDrillDown} />
      ))}
      <DrillDownDialog drillDown={drillDown} onClose={() => setDrillDown(null)} />
    </Box>
  );
}

function CohortTable({ cohort, onOpen }: { cohort: Cohort; onOpen: (drillDown: DrillDown) => void }) {
  const { t } = useTranslation();
  const cohortName = t('pipeline.cohorts.cohort', { year: cohort.year });
  const years = cohort.rows[0]?.byYear.map((c) => c.year) ?? [cohort.year];
  const cell = (ids: readonly string[], metric: string, column: string, testId: string) => (
    <Button size="small" disabled={ids.length === 0} onClick={() => onOpen({ title: t('pipeline.cohorts.drill', { cohort: cohortName, metric, year: column }), table: 'people', ids })} data-testid={testId} sx={{ minWidth: 40 }}>
      {ids.length}
    </Button>
  );
  return (
    <Section title={`${cohortName} · ${t('pipeline.cohorts.members', { count: cohort.personIds.length })}`} testId={`cohort-${cohort.year}`}>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={cohortName}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('pipeline.cohorts.metric')}</TableCell>
              {years.map((y) => (
                <TableCell key={y} align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{y}</TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{t('pipeline.cohorts.ever')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              <TableCell>{t('pipeline.cohorts.winners')}</TableCell>
              {years.map((y) => (
                <TableCell key={y} align="right">{y === cohort.year ? cell(cohort.personIds, t('pipeline.cohorts.winners'), String(y), `cohort-${cohort.year}-winners`) : ''}</TableCell>
              ))}
              <TableCell align="right">{cell(cohort.personIds, t('pipeline.cohorts.winners'), t('pipeline.cohorts.ever'), `cohort-${cohort.year}-winners-ever`)}</TableCell>
            </TableRow>
            {cohort.rows.map((row) => {
              const metric = t(`pipeline.cohorts.metrics.${row.metric}`);
              return (
                <TableRow key={row.metric}>
                  <TableCell>{metric}</TableCell>
                  {row.byYear.map((c) => (
                    <TableCell key={c.year} align="right">{cell(c.personIds, metric, String(c.year), `cohort-${cohort.year}-${row.metric}-${c.year}`)}</TableCell>
                  ))}
                  <TableCell align="right">{cell(row.ever, metric, t('pipeline.cohorts.ever'), `cohort-${cohort.year}-${row.metric}-ever`)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Section>
  );
}
