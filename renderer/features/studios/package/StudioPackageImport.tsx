/**
 * Merging a studio package on the union office's copy: what it will add, update, keep and delete; records
 * changed on both sides side by side, each with a choice; nothing is written before "Merge".
 */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { MergeItem, MergePlan } from '../../../../shared/studios/package/planStudioMerge';
import type { StudioPackage } from '../../../../shared/studios/package/studioPackageSchema';
import type { ConflictChoice } from '../../../db/repositories/studioPackages';
import { useRepositories } from '../../../db/useRepositories';
import { pickStudioPackage } from './useStudioPackage';

const SHOWN_FIELDS = ['name', 'title', 'stage', 'memberIds', 'summary', 'focus', 'date', 'hours', 'annualSavingsFen', 'employeeNo', 'trade', 'skillGrade'] as const;

function recordTitle(record: MergeItem['incoming']): string {
  if (!record) return '';
  return 'title' in record ? record.title : 'name' in record ? record.name : '';
}

function SideBySide({ item, choice, onChoose }: { item: MergeItem; choice: ConflictChoice; onChoose: (c: ConflictChoice) => void }) {
  const { t } = useTranslation();
  const fields = SHOWN_FIELDS.filter((f) => item.local && item.incoming && JSON.stringify((item.local as Record<string, unknown>)[f]) !== JSON.stringify((item.incoming as Record<string, unknown>)[f]));
  const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid="merge-conflict">
      <Typography variant="subtitle2">{`${t(`innovation.package.tables.${item.table}`)}: ${recordTitle(item.incoming)}`}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: '120px 1fr 1fr', gap: 1, mt: 1, fontSize: 14 }}>
        <Box />
        <b>{t('innovation.package.here', { version: item.local?.version ?? '' })}</b>
        <b>{t('innovation.package.inPackage', { version: item.incoming?.version ?? '' })}</b>
        {fields.map((f) => (
          <Box key={f} sx={{ display: 'contents' }}>
            <Box sx={{ color: 'text.secondary' }}>{f}</Box>
            <Box sx={{ overflowWrap: 'anywhere' }}>{show((item.local as Record<string, unknown>)[f])}</Box>
            <Box sx={{ overflowWrap: 'anywhere' }}>{show((item.incoming as Record<string, unknown>)[f])}</Box>
          </Box>
        ))}
      </Box>
      <RadioGroup row value={choice} onChange={(e) => onChoose(e.target.value as ConflictChoice)}>
        <FormControlLabel value="local" control={<Radio size="small" />} label={t('innovation.package.keepHere')} />
        <FormControlLabel value="incoming" control={<Radio size="small" />} label={t('innovation.package.takePackage')} data-testid="merge-take-package" />
      </RadioGroup>
    </Box>
  );
}

export function StudioPackageImport() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [opened, setOpened] = useState<{ name: string; pkg: StudioPackage; plan: MergePlan } | null>(null);
  const [choices, setChoices] = useState<Map<string, ConflictChoice>>(new Map());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const pick = async () => {
    setMessage(null);
    try {
      const picked = await pickStudioPackage(t('innovation.package.pickTitle'), t('innovation.package.fileKind'));
      if (!picked) return;
      if (!picked.read.ok) {
        setMessage({ ok: false, text: t(`innovation.package.errors.${picked.read.code}`, { name: picked.name, detail: picked.read.detail ?? '' }) });
        return;
      }
      const plan = await repositories.studios.packages.plan(picked.read.pkg);
      setChoices(new Map());
      setOpened({ name: picked.name, pkg: picked.read.pkg, plan });
    } catch (error) {
      setMessage({ ok: false, text: t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const apply = async () => {
    if (!opened) return;
    try {
      await repositories.studios.packages.apply(opened.plan, choices);
      const c = opened.plan.counts;
      setMessage({ ok: true, text: t('innovation.package.done', { add: c.add, update: c.update, unchanged: c.unchanged, conflict: c.conflict, delete: c.delete, matched: opened.plan.matchedPeople.size }) });
      setOpened(null);
    } catch (error) {
      setMessage({ ok: false, text: t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  const conflicts = opened?.plan.items.filter((i) => i.action === 'conflict') ?? [];
  const c = opened?.plan.counts;
  return (
    <>
      <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => void pick()} data-testid="import-package">{t('innovation.package.import')}</Button>
      {message && (
        <Alert severity={message.ok ? 'success' : 'error'} onClose={() => setMessage(null)} sx={{ position: 'fixed', bottom: 16, right: 16, zIndex: 1400, maxWidth: 560 }} data-testid="package-message">
          {message.text}
        </Alert>
      )}
      {opened && c && (
        <Dialog open onClose={() => setOpened(null)} maxWidth="md" fullWidth>
          <DialogTitle>{t('innovation.package.previewTitle', { name: opened.name })}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 1 }} data-testid="merge-summary">
              {t('innovation.package.summary', { add: c.add, update: c.update, unchanged: c.unchanged, keep: c.keep_local, conflict: c.conflict, delete: c.delete, matched: opened.plan.matchedPeople.size })}
            </Typography>
            {conflicts.length > 0 && <Alert severity="warning" sx={{ mb: 1.5 }}>{t('innovation.package.conflictsIntro')}</Alert>}
            {conflicts.map((item) => {
              const key = `${item.table}:${item.id}`;
              return <SideBySide key={key} item={item} choice={choices.get(key) ?? 'local'} onChoose={(choice) => setChoices(new Map(choices).set(key, choice))} />;
            })}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpened(null)}>{t('common.cancel')}</Button>
            <Button variant="contained" onClick={() => void apply()} data-testid="merge-confirm">{t('innovation.package.merge')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
