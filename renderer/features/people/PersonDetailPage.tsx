/** Everything about one person on one page, with a timeline; also the synergy issue's profile. Headed 姓名. */
import { useState } from 'react';
import { Alert, Box, Button, Chip } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { formatYuan } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { personProfileOf } from '../../db/repositories/personProfile';
import { useLiveRecords } from '../../db/useLiveRecords';
import { FactList } from '../studios/components/FactList';
import { LinkTable } from '../studios/components/LinkTable';
import { recordPath } from '../studios/components/RecordLink';
import { Section } from '../studios/components/Section';
import { incentiveTotals } from '../../../shared/incentives/filterIncentives';
import { PersonTimeline } from './detail/PersonTimeline';
import { PersonFormDialog } from './PersonFormDialog';
import { useHonourLabel } from './useHonourLabel';

export default function PersonDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const honourLabel = useHonourLabel();
  const { personId = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const profile = useLiveRecords((r) => personProfileOf(r, personId), [personId]);

  if (profile === undefined) return <PageLoading />;
  if (profile === null) return <Alert severity="warning" action={<Link to="/people">{t('nav.people')}</Link>}>{t('innovation.person.notFound')}</Alert>;
  const { person } = profile;
  const awards = profile.competitions.filter((c) => c.result?.award);
  return (
    <>
      <PageHeader
        title={person.name}
        subtitle={`${person.employeeNo} · ${profile.departmentPath.map((d) => d.name).join(' / ')}`}
        actions={<Button startIcon={<EditIcon />} variant="outlined" onClick={() => setEditing(true)} data-testid="edit-person">{t('innovation.form.edit')}</Button>}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 3fr' }, gap: 2 }}>
        <Box>
          <Section title={t('innovation.person.basics')} testId="person-basics">
            <FactList
              facts={[
                { label: t('innovation.person.name'), value: person.name },
                { label: t('people.employeeNo'), value: person.employeeNo },
                { label: t('common.department'), value: profile.departmentPath.map((d) => d.name).join(' / ') },
                { label: t('common.trade'), value: person.trade },
                { label: t('people.skillGrade'), value: person.skillGrade ? t(`enums.skillGrade.${person.skillGrade}`) : '' },
                { label: t('people.honours'), value: person.honours.length > 0 ? <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>{person.honours.map((h, i) => <Chip key={i} size="small" color="warning" variant="outlined" label={honourLabel(h)} />)}</Box> : '' },
              ]}
            />
          </Section>
          <Section title={t('innovation.person.figures')}>
            <FactList
              facts={[
                { label: t('innovation.person.competitions'), value: String(profile.competitions.length) },
                { label: t('innovation.person.awards'), value: String(awards.length) },
                { label: t('innovation.person.studios'), value: String(profile.studios.length) },
                { label: t('innovation.person.projects'), value: String(profile.projects.length) },
                { label: t('innovation.person.achievements'), value: String(profile.achievements.length) },
                { label: t('innovation.person.trainingHours'), value: String(profile.activities.reduce((s, a) => s + a.hours, 0)) },
                { label: t('innovation.person.incentives'), value: formatYuan(incentiveTotals(profile.incentives).approvedFen, language) },
              ]}
            />
          </Section>
        </Box>
        <PersonTimeline profile={profile} />
      </Box>
      <Section title={t('innovation.person.competitions')} testId="person-competitions">
        <LinkTable
          label={t('innovation.person.competitions')}
          rows={profile.competitions}
          rowKey={(c) => c.entry.id}
          rowPath={(c) => recordPath('competitions', c.competition.id)}
          empty={t('innovation.person.none')}
          columns={[
            { key: 'year', header: t('common.year'), render: (c) => c.competition.year, width: 64 },
            { key: 'name', header: t('common.name'), render: (c) => c.competition.name },
            { key: 'level', header: t('common.level'), render: (c) => t(`enums.level.${c.competition.level}`), width: 80 },
            { key: 'rank', header: t('innovation.person.rank'), render: (c) => c.result?.rank ?? '—', align: 'right', width: 64 },
            { key: 'award', header: t('innovation.person.award'), render: (c) => (c.result?.award ? t(`innovation.award.${c.result.award}`) : '—'), width: 90 },
          ]}
        />
      </Section>
      <Section title={t('innovation.person.studios')} testId="person-studios">
        <LinkTable
          label={t('innovation.person.studios')}
          rows={profile.studios}
          rowKey={(s) => s.id}
          rowPath={(s) => recordPath('studios', s.id)}
          empty={t('innovation.person.none')}
          columns={[
            { key: 'name', header: t('common.name'), render: (s) => s.name },
            { key: 'kind', header: t('common.kind'), render: (s) => t(`enums.studioKind.${s.kind}`) },
            { key: 'role', header: t('innovation.person.role'), render: (s) => (s.leadId === person.id ? t('studios.lead') : t('innovation.person.member')), width: 90 },
          ]}
        />
      </Section>
      <Section title={t('innovation.person.projects')} testId="person-projects">
        <LinkTable
          label={t('innovation.person.projects')}
          rows={profile.projects}
          rowKey={(p) => p.id}
          rowPath={(p) => recordPath('projects', p.id)}
          empty={t('innovation.person.none')}
          columns={[
            { key: 'title', header: t('innovation.project.title'), render: (p) => p.title },
            { key: 'stage', header: t('projects.stage'), render: (p) => t(`enums.projectStage.${p.stage}`), width: 96 },
            { key: 'start', header: t('projects.start'), render: (p) => p.startDate, width: 110 },
          ]}
        />
      </Section>
      <Section title={t('innovation.person.achievements')} testId="person-achievements">
        <LinkTable
          label={t('innovation.person.achievements')}
          rows={profile.achievements}
          rowKey={(a) => a.id}
          rowPath={(a) => recordPath('achievements', a.id)}
          empty={t('innovation.person.none')}
          columns={[
            { key: 'title', header: t('innovation.achievement.title'), render: (a) => a.title },
            { key: 'kind', header: t('common.kind'), render: (a) => t(`enums.achievementKind.${a.kind}`), width: 130 },
            { key: 'rank', header: t('innovation.achievement.rank'), render: (a) => a.ownerIds.indexOf(person.id) + 1, align: 'right', width: 64 },
          ]}
        />
      </Section>
      <Section title={t('innovation.person.articles')} testId="person-articles">
        <LinkTable
          label={t('innovation.person.articles')}
          rows={profile.articles}
          rowKey={(a) => a.id}
          rowPath={(a) => recordPath('knowledge', a.id)}
          empty={t('innovation.person.none')}
          columns={[
            { key: 'title', header: t('common.name'), render: (a) => a.title },
            { key: 'kind', header: t('common.kind'), render: (a) => t(`enums.articleKind.${a.kind}`), width: 110 },
          ]}
        />
      </Section>
      {editing && <PersonFormDialog person={person} onClose={() => setEditing(false)} />}
    </>
  );
}
