import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain';
import { LinkTable } from '../components/LinkTable';
import { recordPath } from '../components/RecordLink';
import { Section } from '../components/Section';
import type { StudioDetail } from '../useStudioDetail';

export function StudioMembers({ detail }: { detail: StudioDetail }) {
  const { t } = useTranslation();
  const { studio, people, departments } = detail;
  const members = [studio.leadId, ...studio.memberIds.filter((id) => id !== studio.leadId)].flatMap((id) => people.get(id) ?? []);
  const departmentCount = new Set(members.map((m) => m.departmentId)).size;
  return (
    <Section title={t('innovation.studio.members', { count: members.length, departments: departmentCount })} testId="studio-members">
      <LinkTable<Person>
        label={t('common.members')}
        rows={members}
        rowKey={(p) => p.id}
        rowPath={(p) => recordPath('people', p.id)}
        empty={t('innovation.studio.noMembers')}
        columns={[
          { key: 'name', header: t('innovation.person.name'), render: (p) => (p.id === studio.leadId ? <>{p.name} <Chip size="small" label={t('studios.lead')} /></> : p.name) },
          { key: 'no', header: t('people.employeeNo'), render: (p) => p.employeeNo },
          { key: 'dept', header: t('common.department'), render: (p) => departments.get(p.departmentId)?.name ?? '—' },
          { key: 'trade', header: t('common.trade'), render: (p) => p.trade },
          { key: 'grade', header: t('people.skillGrade'), render: (p) => (p.skillGrade ? t(`enums.skillGrade.${p.skillGrade}`) : '—') },
        ]}
      />
    </Section>
  );
}
