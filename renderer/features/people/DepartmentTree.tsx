/** The department tree beside the people list: pick a unit to list its people (and its sub-units'). */
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItemButton, ListItemText, MenuItem, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/domain';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { departmentOptions } from '../competitions/roster/departmentTree';

/** A department and every department below it. */
export function departmentAndBelow(departments: readonly Department[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const d of departments) if (d.parentId === out[i] && !out.includes(d.id)) out.push(d.id);
  return out;
}

export function DepartmentTree({ departments, selected, onSelect }: { departments: readonly Department[]; selected: string | null; onSelect: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const options = departmentOptions(departments);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', maxHeight: 'calc(100vh - 210px)', overflowY: 'auto' }} data-testid="department-tree">
      <List dense disablePadding aria-label={t('innovation.people.departments')}>
        <ListItemButton selected={selected === null} onClick={() => onSelect(null)}>
          <ListItemText primary={t('innovation.people.allDepartments')} />
        </ListItemButton>
        {options.map((o) => (
          <ListItemButton key={o.id} selected={selected === o.id} onClick={() => onSelect(o.id)} sx={{ pl: 2 + o.depth * 2 }}>
            <ListItemText primary={o.name} title={o.path} slotProps={{ primary: { noWrap: true } }} />
          </ListItemButton>
        ))}
      </List>
      <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)} sx={{ m: 1 }} data-testid="new-department">{t('innovation.people.newDepartment')}</Button>
      {adding && <DepartmentDialog departments={departments} parentId={selected} onClose={() => setAdding(false)} />}
    </Box>
  );
}

function DepartmentDialog({ departments, parentId, onClose }: { departments: readonly Department[]; parentId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [parent, setParent] = useState(parentId ?? '');
  const [tried, setTried] = useState(false);
  const save = async () => {
    setTried(true);
    if (name.trim() === '') return;
    await repositories.people.departments.save({ id: newId(), name: name.trim(), ...(code.trim() ? { code: code.trim() } : {}), ...(parent ? { parentId: parent } : {}) });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{t('innovation.people.newDepartment')}</DialogTitle>
      <DialogContent>
        <Box sx={{ display: 'grid', gap: 2, mt: 1 }}>
          <TextField size="small" required label={t('common.name')} value={name} onChange={(e) => setName(e.target.value)} error={tried && !name.trim()} helperText={tried && !name.trim() ? t('innovation.problems.required') : undefined} slotProps={{ htmlInput: { 'data-testid': 'department-name' } }} />
          <TextField size="small" label={t('innovation.people.code')} value={code} onChange={(e) => setCode(e.target.value)} />
          <TextField size="small" select label={t('innovation.people.parent')} value={parent} onChange={(e) => setParent(e.target.value)}>
            <MenuItem value="">{t('innovation.people.topLevel')}</MenuItem>
            {departmentOptions(departments).map((o) => <MenuItem key={o.id} value={o.id}>{o.path}</MenuItem>)}
          </TextField>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void save()} data-testid="department-save">{t('innovation.form.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
