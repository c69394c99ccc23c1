import { useDeferredValue, useMemo, useState } from 'react';
import { Box, Button, InputAdornment, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import PeopleIcon from '@mui/icons-material/People';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Person } from '../../../shared/domain';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { formatList } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { useLiveRecords } from '../../db/useLiveRecords';
import { CellText } from '../studios/components/CellText';
import { recordPath } from '../studios/components/RecordLink';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { DepartmentTree, departmentAndBelow } from './DepartmentTree';
import { usePeopleImportUi } from './import/PeopleImport';
import { PersonFormDialog } from './PersonFormDialog';
import { useHonourLabel } from './useHonourLabel';

export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const honourLabel = useHonourLabel();
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [department, setDepartment] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const departments = useLiveRecords((r) => r.people.departments.list());
  // A chosen department is asked through the departmentId index; "all" lists everyone (the page's question).
  const people = useLiveRecords(
    async (r) => {
      if (department === null) return r.people.list();
      const ids = departmentAndBelow((await r.people.departments.list()), department);
      return (await Promise.all(ids.map((id) => r.people.inDepartment(id)))).flat();
    },
    [department],
  );
  const importUi = usePeopleImportUi(departments ?? []);
  const departmentNames = useMemo(() => new Map((departments ?? []).map((d) => [d.id, d.name])), [departments]);

  const rows = useMemo(() => {
    const sorted = [...(people ?? [])].sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
    if (!deferredQuery) return sorted;
    return sorted.filter((p) => [p.name, p.employeeNo, p.trade, departmentNames.get(p.departmentId) ?? ''].some((field) => field.toLowerCase().includes(deferredQuery)));
  }, [people, deferredQuery, departmentNames]);

  const columns: Column<Person>[] = [
    { key: 'no', header: t('people.employeeNo'), width: '110px', render: (p) => p.employeeNo },
    { key: 'name', header: t('innovation.person.name'), width: '96px', render: (p) => <CellText text={p.name} /> },
    { key: 'department', header: t('common.department'), width: 'minmax(140px, 2fr)', render: (p) => <CellText text={departmentNames.get(p.departmentId) ?? '—'} /> },
    { key: 'trade', header: t('common.trade'), width: 'minmax(110px, 1.5fr)', render: (p) => <CellText text={p.trade} /> },
    { key: 'grade', header: t('people.skillGrade'), width: '100px', render: (p) => (p.skillGrade ? t(`enums.skillGrade.${p.skillGrade}`) : '—') },
    { key: 'honours', header: t('people.honours'), width: 'minmax(160px, 3fr)', render: (p) => <CellText text={formatList(p.honours.map(honourLabel), language)} /> },
  ];

  const empty = departments !== undefined && departments.length === 0 && people !== undefined && people.length === 0;
  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={people ? t('common.records', { count: rows.length }) : undefined}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <TextField
              size="small"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('people.searchPlaceholder')}
              aria-label={t('common.search')}
              sx={{ minWidth: 260 }}
              slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
            />
            {importUi.button}
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="new-person">{t('innovation.person.create')}</Button>
          </Box>
        }
      />
      {importUi.messages}
      {!people || !departments ? (
        <PageLoading />
      ) : empty ? (
        <EmptyState icon={PeopleIcon} title={t('empty.peopleTitle')} body={t('empty.peopleBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: '220px 1fr', gap: 2 }}>
          <DepartmentTree departments={departments} selected={department} onSelect={setDepartment} />
          <VirtualTable label={t('people.title')} testId="people-table" rows={rows} columns={columns} rowKey={(p) => p.id} onRowClick={(p) => void navigate(recordPath('people', p.id))} />
        </Box>
      )}
      {creating && <PersonFormDialog onClose={() => setCreating(false)} />}
    </>
  );
}
