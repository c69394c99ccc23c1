/**
 * What a judge's paper score sheet looks like for one module of the rubric being edited (unsaved edits
 * included): anonymous code and station to fill in, each item with what to tick or count, the module total,
 * the safety veto box and the signatures. The printable sheets themselves come from the Printables tab.
 */
import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Module, Part, Rubric } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { formatPoints } from './points';
import { Blank, ScoreSheetItem } from './ScoreSheetItem';

const cell = { border: '1px solid #000', p: '6px 8px', verticalAlign: 'top', fontSize: 13 } as const;

function Sheet({ title, part, module }: { title: string; part: Part; module: Module }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Box
      data-testid="rubric-preview-sheet"
      sx={{ bgcolor: '#fff', color: '#000', p: 4, mx: 'auto', maxWidth: 760, boxShadow: 3, fontSize: 13, '& table': { borderCollapse: 'collapse', width: '100%' } }}
    >
      <Typography sx={{ textAlign: 'center', fontSize: 18, fontWeight: 700 }}>{title}</Typography>
      <Typography sx={{ textAlign: 'center', fontSize: 15, mt: 0.5 }}>
        {t('rubric.sheet.heading', { part: part.name || '—', module: module.name || '—' })}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, my: 2, fontSize: 13 }}>
        <span>
          {t('rubric.sheet.anonCode')}
          <Blank width={80} />
        </span>
        <span>
          {t('rubric.sheet.station')}
          <Blank width={48} />
        </span>
        <span>{t('rubric.sheet.moduleMax', { max: formatPoints(module.max, language) })}</span>
      </Box>
      <table>
        <thead>
          <tr>
            {(['no', 'item', 'max', 'criteria', 'score'] as const).map((h) => (
              <Box component="th" key={h} sx={{ ...cell, bgcolor: '#f0f0f0', fontWeight: 600, whiteSpace: 'nowrap' }}>
                {t(`rubric.sheet.columns.${h}`)}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {module.items.map((item, index) => (
            <tr key={item.id}>
              <Box component="td" sx={{ ...cell, textAlign: 'center', width: 36 }}>
                {index + 1}
              </Box>
              <Box component="td" sx={{ ...cell, width: '26%' }}>
                <strong>{item.name || '—'}</strong>
                {item.description && <Box sx={{ color: '#444', mt: 0.5, fontSize: 12 }}>{item.description}</Box>}
              </Box>
              <Box component="td" sx={{ ...cell, textAlign: 'center', width: 48 }}>
                {formatPoints(item.max, language)}
              </Box>
              <Box component="td" sx={cell}>
                <ScoreSheetItem item={item} />
              </Box>
              <Box component="td" sx={{ ...cell, width: 72, bgcolor: item.kind === 'imported' || (item.kind === 'time' && item.mode === 'tiebreak') ? '#eee' : undefined }} />
            </tr>
          ))}
          <tr>
            <Box component="td" colSpan={4} sx={{ ...cell, textAlign: 'right', fontWeight: 600 }}>
              {t('rubric.sheet.moduleTotal', { max: formatPoints(module.max, language) })}
            </Box>
            <Box component="td" sx={cell} />
          </tr>
        </tbody>
      </table>
      {module.safetyVeto !== 'none' && (
        <Box sx={{ border: '1px solid #000', borderTop: 0, p: '6px 8px', fontSize: 13 }}>
          {'\u25A1'} {t(`rubric.sheet.veto.${module.safetyVeto}`)} {t('rubric.sheet.vetoReason')}
          <Blank width={220} />
        </Box>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 2, mt: 3, fontSize: 13 }}>
        <span>
          {t('rubric.sheet.judgeSignature')}
          <Blank width={110} />
        </span>
        <span>
          {t('rubric.sheet.chiefSignature')}
          <Blank width={110} />
        </span>
        <span>
          {t('rubric.sheet.date')}
          <Blank width={90} />
        </span>
      </Box>
    </Box>
  );
}

export function ScoreSheetPreview({ open, onClose, rubric, title }: { open: boolean; onClose: () => void; rubric: Rubric; title: string }) {
  const { t } = useTranslation();
  const modules = rubric.parts.flatMap((part) => part.modules.map((module) => ({ part, module })));
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, Math.max(0, modules.length - 1));
  const current = modules[index];

  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth data-testid="rubric-preview-dialog">
      <DialogTitle>{t('rubric.sheet.title')}</DialogTitle>
      {modules.length > 1 && (
        <Tabs value={index} onChange={(_e, v: number) => setSelected(v)} variant="scrollable" sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
          {modules.map(({ part, module }) => (
            <Tab key={module.id} label={`${part.name} · ${module.name}`} sx={{ textTransform: 'none' }} data-testid="rubric-preview-module" />
          ))}
        </Tabs>
      )}
      <DialogContent sx={{ bgcolor: 'grey.200', py: 3 }}>
        {current ? (
          <Sheet title={title} part={current.part} module={current.module} />
        ) : (
          <Typography color="text.secondary" sx={{ textAlign: 'center', py: 6 }}>
            {t('rubric.sheet.noModules')}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mt: 2 }}>
          {t('rubric.sheet.printHint')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="rubric-preview-close">
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
