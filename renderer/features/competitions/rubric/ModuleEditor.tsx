/**
 * One module: name, maximum (with the running total of its items and a one-click fix when they differ), how
 * judges' marks are combined, the safety veto, and its items.
 */
import { memo, useMemo, useState } from 'react';
import { Badge, Box, Button, Chip, Collapse, IconButton, Menu, MenuItem, Paper, TextField, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslation } from 'react-i18next';
import { fromHundredths, moduleItemsMax, toHundredths } from '../../../../shared/competitions/rubric/rubricMax';
import type { RubricIssue } from '../../../../shared/competitions/rubric/validateRubric';
import { ITEM_KINDS, type Module } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { ConfirmDialog } from './ConfirmDialog';
import { IssueList } from './IssueList';
import { groupIssues, NO_ISSUES, ownIssues, sameIssues, targetElementId } from './issueIndex';
import { ItemEditor } from './ItemEditor';
import { ModuleSettings } from './ModuleSettings';
import { NumberField } from './NumberField';
import { formatHundredths } from './points';
import { useRubricEdit } from './rubricEditContext';
import { addItem, createItem, editModule, moveModule, removeModule } from './rubricEdits';
import { RowActions } from './RowActions';

interface ModuleEditorProps {
  readonly partId: string;
  readonly module: Module;
  readonly index: number;
  readonly count: number;
  /** Every issue inside this module. */
  readonly issues: readonly RubricIssue[];
}

function ModuleEditorView({ partId, module, index, count, issues }: ModuleEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { readOnly, update } = useRubricEdit();
  const [open, setOpen] = useState(true);
  const [addMenu, setAddMenu] = useState<HTMLElement | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const change = (next: Module) => update(editModule(partId, module.id, () => next));
  const own = ownIssues(issues, `module:${module.id}`);
  const byItem = useMemo(() => groupIssues(issues, (p) => p.itemId), [issues]);

  const itemsTotal = moduleItemsMax(module);
  const max = toHundredths(module.max);
  const adds = Number.isFinite(module.max) && itemsTotal === max;
  const remainder = max - itemsTotal;
  const remove = () => update(removeModule(partId, module.id));

  return (
    <Paper variant="outlined" id={targetElementId(`module:${module.id}`)} data-testid="rubric-module" sx={{ p: 1.5, borderColor: own.length > 0 ? 'warning.main' : 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Tooltip title={open ? t('rubric.actions.collapse') : t('rubric.actions.expand')}>
          <IconButton size="small" onClick={() => setOpen(!open)} aria-expanded={open} aria-label={open ? t('rubric.actions.collapse') : t('rubric.actions.expand')} sx={{ mt: 0.5 }}>
            <Badge color="warning" badgeContent={open ? 0 : issues.length}>
              {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            </Badge>
          </IconButton>
        </Tooltip>
        <TextField
          size="small"
          label={t('rubric.module.name')}
          value={module.name}
          disabled={readOnly}
          error={own.some((i) => i.code === 'module_name_missing' || i.code === 'duplicate_module_name')}
          onChange={(e) => change({ ...module, name: e.target.value })}
          sx={{ flex: '1 1 220px' }}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rubric-module-name' } }}
        />
        <NumberField
          label={t('rubric.module.max')}
          value={module.max}
          unit={t('rubric.unit.points')}
          disabled={readOnly}
          problem={own.some((i) => i.code === 'module_max_invalid') ? ' ' : undefined}
          onValueChange={(v) => change({ ...module, max: v })}
          sx={{ width: 130 }}
          testId="rubric-module-max"
        />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', minHeight: 40 }}>
          <Chip
            size="small"
            color={adds ? 'success' : 'warning'}
            variant="outlined"
            data-testid="rubric-module-items-total"
            label={t('rubric.module.itemsTotal', { total: formatHundredths(itemsTotal, language), max: formatHundredths(max, language) })}
          />
          {!adds && !readOnly && module.items.length > 0 && (
            <Button size="small" data-testid="rubric-module-fix-max" onClick={() => change({ ...module, max: fromHundredths(itemsTotal) })}>
              {t('rubric.module.useItemsTotal', { total: formatHundredths(itemsTotal, language) })}
            </Button>
          )}
        </Box>
        {!readOnly && (
          <RowActions
            sx={{ ml: 'auto' }}
            index={index}
            count={count}
            onMove={(delta) => update(moveModule(partId, module.id, delta))}
            onRemove={() => (module.items.length > 0 ? setConfirmRemove(true) : remove())}
            removeLabel={t('rubric.module.remove')}
            removeTestId="rubric-remove-module"
          />
        )}
      </Box>
      <Collapse in={open} unmountOnExit>
        <Box sx={{ pt: 1.5, pl: { sm: 5 } }}>
          <ModuleSettings module={module} onChange={change} readOnly={readOnly} />
          <Box sx={{ display: 'grid', gap: 1.5, mt: 1.5 }}>
            {module.items.map((item, i) => (
              <ItemEditor
                key={item.id}
                partId={partId}
                moduleId={module.id}
                item={item}
                index={i}
                count={module.items.length}
                issues={byItem.get(item.id) ?? NO_ISSUES}
              />
            ))}
          </Box>
          {!readOnly && (
            <>
              <Button size="small" startIcon={<AddIcon />} data-testid="rubric-add-item" onClick={(e) => setAddMenu(e.currentTarget)} sx={{ mt: 1 }}>
                {t('rubric.item.add')}
              </Button>
              <Menu anchorEl={addMenu} open={addMenu !== null} onClose={() => setAddMenu(null)}>
                {ITEM_KINDS.map((kind) => (
                  <MenuItem
                    key={kind}
                    data-testid={`rubric-add-item-${kind}`}
                    onClick={() => {
                      setAddMenu(null);
                      const name = t('rubric.defaults.item', { n: module.items.length + 1 });
                      update(addItem(partId, module.id, createItem(kind, name, remainder > 0 ? fromHundredths(remainder) : 10)));
                    }}
                  >
                    {t(`rubric.kinds.${kind}`)} — {t(`rubric.kindHelp.${kind}`)}
                  </MenuItem>
                ))}
              </Menu>
            </>
          )}
          <IssueList issues={own} />
        </Box>
      </Collapse>
      {!open && <IssueList issues={own} dense />}
      <ConfirmDialog
        open={confirmRemove}
        title={t('rubric.module.removeTitle', { name: module.name })}
        body={t('rubric.module.removeBody', { count: module.items.length })}
        confirmLabel={t('rubric.actions.remove')}
        danger
        onConfirm={remove}
        onClose={() => setConfirmRemove(false)}
      />
    </Paper>
  );
}

export const ModuleEditor = memo(
  ModuleEditorView,
  (a, b) => a.module === b.module && a.partId === b.partId && a.index === b.index && a.count === b.count && sameIssues(a.issues, b.issues),
);
