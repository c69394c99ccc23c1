import { useDeferredValue, useMemo, useState } from 'react';
import { InputAdornment, TextField } from '@mui/material';
import PeopleIcon from '@mui/icons-material/People';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { formatList } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { useHonourLabel } from './useHonourLabel';
import { CellText } from '../studios/components/CellText';
import { recordPath } from '../studios/components/RecordLink';
import { useNavigate } from 'react-router';

export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const honourLabel = useHonourLabel();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const data = useLiveRecords(async (r) => {
    const [people, departments] = await Promise.all([r.people.list(), r.people.departments.list()]);
    return { people, departmentNames: new Map(departments.map((d) => [d.id, d.name])) };
  });

  const rows = useMemo(() => {
    const people = [...(data?.people ?? [])].sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
    if (!deferredQuery) return people;
    return people.filter((p) =>
      [p.name, p.employeeNo, p.trade, data?.departmentNames.get(p.departmentId) ?? ''].some((field) => field.toLowerCase().includes(deferredQuery)),
    );
  }, [data, deferredQuery]);

  const columns: Column<Person>[] = [
    { key: 'no', header: t('people.employeeNo'), width: '130px', render: (p) => p.employeeNo },
    { key: 'name', header: t('innovation.person.name'), width: '96px', render: (p) => <CellText text={p.name} /> },
    { key: 'department', header: t('common.department'), width: 'minmax(160px, 2fr)', render: (p) => <CellText text={data?.departmentNames.get(p.departmentId) ?? '—'} /> },
    { key: 'trade', header: t('common.trade'), width: 'minmax(120px, 1.5fr)', render: (p) => p.trade },
    { key: 'grade', header: t('people.skillGrade'), width: '150px', render: (p) => (p.skillGrade ? t(`enums.skillGrade.${p.skillGrade}`) : '—') },
    { key: 'honours', header: t('people.honours'), width: 'minmax(200px, 3fr)', render: (p) => <CellText text={formatList(p.honours.map(honourLabel), language)} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={data ? t('common.records', { count: rows.length }) : undefined}
        actions={
          data && data.people.length > 0 ? (
            <TextField
              size="small"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('people.searchPlaceholder')}
              aria-label={t('common.search')}
              sx={{ minWidth: 320 }}
              slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
            />
          ) : undefined
        }
      />
      {!data ? (
        <PageLoading />
      ) : data.people.length === 0 ? (
        <EmptyState icon={PeopleIcon} title={t('empty.peopleTitle')} body={t('empty.peopleBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <VirtualTable label={t('people.title')} testId="people-table" rows={rows} columns={columns} rowKey={(p) => p.id} onRowClick={(p) => void navigate(recordPath('people', p.id))} />
      )}
    </>
  );
}
