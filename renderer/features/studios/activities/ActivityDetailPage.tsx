import { useState } from 'react';
import { Alert, Button } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Person } from '../../../../shared/domain';
import { PageHeader } from '../../../app/components/PageHeader';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { FactList } from '../components/FactList';
import { LinkTable } from '../components/LinkTable';
import { RecordLink, recordPath } from '../components/RecordLink';
import { Section } from '../components/Section';
import { ActivityFormDialog } from './ActivityFormDialog';

export default function ActivityDetailPage() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const data = useLiveRecords(async (r) => {
    const activity = await r.studios.activities.get(activityId);
    if (!activity) return null;
    const [studio, attendees, competition] = await Promise.all([
      r.studios.get(activity.studioId),
      r.people.byIds(activity.attendeeIds),
      activity.competitionId ? r.competitions.get(activity.competitionId) : undefined,
    ]);
    const departments = new Map((await r.people.departments.byIds([...new Set(attendees.map((p) => p.departmentId))])).map((d) => [d.id, d.name]));
    return { activity, studio, attendees, competition, departments };
  }, [activityId]);

  if (data === undefined) return <PageLoading />;
  if (data === null) return <Alert severity="warning" action={<Link to="/studios">{t('nav.studios')}</Link>}>{t('innovation.activity.notFound')}</Alert>;
  const { activity, studio, attendees, competition, departments } = data;
  return (
    <>
      <PageHeader
        title={activity.title}
        subtitle={`${t(`innovation.activityKind.${activity.kind}`)} · ${activity.date}`}
        actions={<Button startIcon={<EditIcon />} variant="outlined" onClick={() => setEditing(true)}>{t('innovation.form.edit')}</Button>}
      />
      <Section title={t('innovation.studio.overview')}>
        <FactList
          facts={[
            { label: t('projects.studio'), value: studio ? <RecordLink route="studios" id={studio.id}>{studio.name}</RecordLink> : '' },
            { label: t('common.kind'), value: t(`innovation.activityKind.${activity.kind}`) },
            { label: t('common.date'), value: activity.date },
            { label: t('innovation.activity.hours'), value: String(activity.hours) },
            { label: t('innovation.activity.personHours'), value: String(activity.hours * attendees.length) },
            ...(competition ? [{ label: t('innovation.activity.competition'), value: <RecordLink route="competitions" id={competition.id}>{competition.name}</RecordLink> }] : []),
          ]}
        />
      </Section>
      <Section title={t('innovation.activity.attendeesCount', { count: attendees.length })}>
        <LinkTable<Person>
          label={t('innovation.activity.attendees')}
          rows={attendees}
          rowKey={(p) => p.id}
          rowPath={(p) => recordPath('people', p.id)}
          empty={t('innovation.activity.noAttendees')}
          columns={[
            { key: 'name', header: t('innovation.person.name'), render: (p) => p.name },
            { key: 'no', header: t('people.employeeNo'), render: (p) => p.employeeNo },
            { key: 'dept', header: t('common.department'), render: (p) => departments.get(p.departmentId) ?? '—' },
          ]}
        />
      </Section>
      {editing && <ActivityFormDialog studioId={activity.studioId} activity={activity} onClose={() => setEditing(false)} />}
    </>
  );
}
