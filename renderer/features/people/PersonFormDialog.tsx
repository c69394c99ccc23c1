/** Create or edit a person. An employee number that belongs to someone else is named, not a crash. */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { HONOUR_KINDS, LEVELS, SKILL_GRADES, type Department, type Honour, type Person } from '../../../shared/domain';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { recordPath } from '../studios/components/RecordLink';

export function PersonFormDialog({ person, onClose }: { person?: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const navigate = useNavigate();
  const [departments, setDepartments] = useState<Department[]>([]);
  const [name, setName] = useState(person?.name ?? '');
  const [employeeNo, setEmployeeNo] = useState(person?.employeeNo ?? '');
  const [departmentId, setDepartmentId] = useState(person?.departmentId ?? '');
  const [trade, setTrade] = useState(person?.trade ?? '');
  const [skillGrade, setSkillGrade] = useState<Person['skillGrade'] | ''>(person?.skillGrade ?? '');
  const [honours, setHonours] = useState<Honour[]>(person?.honours ?? []);
  const [tried, setTried] = useState(false);
  const [taken, setTaken] = useState<Person | null>(null);

  useEffect(() => {
    void repositories.people.departments.list().then((rows) => setDepartments(rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))));
  }, [repositories]);

  const missing = (value: string) => tried && value.trim() === '';
  const save = async () => {
    setTried(true);
    if (!name.trim() || !employeeNo.trim() || !departmentId) return;
    const { skillGrade: _g, ...base } = person ?? ({ id: newId() } as Person);
    // A new grade is remembered with today's date so the yearly ledger can count promotions.
    const promoted = skillGrade && skillGrade !== person?.skillGrade;
    const earlier = person?.gradeHistory ?? (person?.skillGrade ? [{ grade: person.skillGrade, on: person.updatedAt.slice(0, 10) }] : []);
    const gradeHistory = promoted ? [...earlier, { grade: skillGrade, on: new Date().toISOString().slice(0, 10) }] : person?.gradeHistory;
    const outcome = await repositories.people.saveOrMatch({ ...base, name: name.trim(), employeeNo: employeeNo.normalize('NFKC').replace(/\s+/g, ''), departmentId, trade: trade.trim(), honours, ...(skillGrade ? { skillGrade } : {}), ...(gradeHistory ? { gradeHistory } : {}) });
    if (outcome.kind === 'matched') {
      setTaken(outcome.person);
      return;
    }
    onClose();
    if (!person) void navigate(recordPath('people', outcome.person.id));
  };
  const required = t('innovation.problems.required');

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{person ? t('innovation.person.edit') : t('innovation.person.create')}</DialogTitle>
      <DialogContent>
        {taken && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('innovation.person.employeeNoTaken', { employeeNo: taken.employeeNo, name: taken.name })} <RouterLink to={recordPath('people', taken.id)} onClick={onClose}>{t('innovation.person.open')}</RouterLink>
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, mt: 1 }}>
          <TextField size="small" required label={t('innovation.person.name')} value={name} onChange={(e) => setName(e.target.value)} error={missing(name)} helperText={missing(name) ? required : undefined} slotProps={{ htmlInput: { 'data-testid': 'person-name' } }} />
          <TextField size="small" required label={t('people.employeeNo')} value={employeeNo} onChange={(e) => setEmployeeNo(e.target.value)} error={missing(employeeNo)} helperText={missing(employeeNo) ? required : undefined} slotProps={{ htmlInput: { 'data-testid': 'person-employee-no' } }} />
          <TextField size="small" select required label={t('common.department')} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} error={missing(departmentId)} helperText={missing(departmentId) ? required : undefined}>
            {departments.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
          <TextField size="small" label={t('common.trade')} value={trade} onChange={(e) => setTrade(e.target.value)} />
          <TextField size="small" select label={t('people.skillGrade')} value={skillGrade} onChange={(e) => setSkillGrade(e.target.value as Person['skillGrade'] | '')}>
            <MenuItem value="">{t('common.none')}</MenuItem>
            {SKILL_GRADES.map((g) => <MenuItem key={g} value={g}>{t(`enums.skillGrade.${g}`)}</MenuItem>)}
          </TextField>
          <Box />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>{t('people.honours')}</Typography>
            {honours.map((h, i) => (
              <Box key={i} sx={{ display: 'flex', gap: 1, mb: 1 }}>
                <TextField size="small" select label={t('common.kind')} value={h.kind} onChange={(e) => setHonours(honours.map((x, j) => (j === i ? { ...x, kind: e.target.value as Honour['kind'] } : x)))} sx={{ width: 160 }}>
                  {HONOUR_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`enums.honourKind.${k}`)}</MenuItem>)}
                </TextField>
                <TextField size="small" select label={t('common.level')} value={h.level} onChange={(e) => setHonours(honours.map((x, j) => (j === i ? { ...x, level: e.target.value as Honour['level'] } : x)))} sx={{ width: 120 }}>
                  {LEVELS.map((l) => <MenuItem key={l} value={l}>{t(`enums.level.${l}`)}</MenuItem>)}
                </TextField>
                <TextField size="small" label={t('common.year')} value={h.year} onChange={(e) => setHonours(honours.map((x, j) => (j === i ? { ...x, year: Number(e.target.value) || x.year } : x)))} sx={{ width: 100 }} />
                <IconButton aria-label={t('innovation.form.remove')} onClick={() => setHonours(honours.filter((_x, j) => j !== i))}><DeleteIcon /></IconButton>
              </Box>
            ))}
            <Button size="small" startIcon={<AddIcon />} onClick={() => setHonours([...honours, { kind: 'technical_expert', level: 'company', year: new Date().getFullYear() }])}>{t('innovation.person.addHonour')}</Button>
          </Box>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="person-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
