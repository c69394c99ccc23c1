/** Exports of a studio's year: ledger (.xlsx) and annual report (.docx); the studio data package. */
import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { StudioDetail } from '../useStudioDetail';
import { useLedgerExports } from './useLedgerExports';
import { useStudioPackageExport } from '../package/useStudioPackage';

export function StudioExports({ detail, year }: { detail: StudioDetail; year: number }) {
  const { t } = useTranslation();
  const exports = useLedgerExports(detail.studio.id, year);
  const exportPackage = useStudioPackageExport(detail.studio.id);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (action: () => Promise<{ name: string } | null>) => {
    setAnchor(null);
    try {
      const saved = await action();
      if (saved) setMessage({ ok: true, text: t('innovation.ledger.saved', { name: saved.name }) });
    } catch (error) {
      setMessage({ ok: false, text: t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
  return (
    <>
      <Button variant="outlined" startIcon={<DownloadIcon />} onClick={(e) => setAnchor(e.currentTarget)} data-testid="studio-exports">{t('innovation.ledger.export')}</Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run(exports.exportLedger)} data-testid="export-ledger">{t('innovation.ledger.exportLedger', { year })}</MenuItem>
        <MenuItem onClick={() => void run(exports.exportReport)} data-testid="export-report">{t('innovation.ledger.exportReport', { year })}</MenuItem>
        <MenuItem onClick={() => void run(exportPackage)} data-testid="export-package">{t('innovation.package.export')}</MenuItem>
      </Menu>
      <Snackbar open={message !== null} autoHideDuration={6000} onClose={() => setMessage(null)}>
        {message ? <Alert severity={message.ok ? 'success' : 'error'} onClose={() => setMessage(null)} data-testid="export-message">{message.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
}
