/** Settings → Backup: save and restore backup files, the automatic backups with "restore from here", storage persistence. */
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import { getPlatform } from '../../platform';
import { useBackups } from './useBackups';
import { usePersistentStorage } from './usePersistentStorage';

export function BackupSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const platform = getPlatform();
  const backups = useBackups();
  const persistence = usePersistentStorage();
  const dateTime = (iso: string) => new Date(iso).toLocaleString(language);
  const size = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
  const { pending } = backups;

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">{t('backup.help')}</Typography>
      <Stack direction="row" spacing={2}>
        <Button variant="outlined" data-testid="backup-save" disabled={backups.busy !== null} onClick={() => void backups.saveBackup()}>
          {backups.busy === 'saving' ? t('backup.saving') : t('backup.save')}
        </Button>
        <Button variant="outlined" data-testid="backup-restore-file" disabled={backups.busy !== null} onClick={() => void backups.restoreFromFile()}>
          {backups.busy === 'reading' ? t('backup.reading') : t('backup.restoreFile')}
        </Button>
      </Stack>
      {backups.notice && (
        <Alert severity={backups.notice.severity} data-testid="backup-notice">
          {backups.notice.text}
        </Alert>
      )}
      <Typography variant="subtitle1" component="h3">{t('backup.autoTitle')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {platform.kind === 'electron' ? t('backup.autoHelpDesktop') : t('backup.autoHelpBrowser')}
      </Typography>
      {backups.autoBackups && backups.autoBackups.length === 0 && <Typography>{t('backup.autoNone')}</Typography>}
      {backups.autoBackups && backups.autoBackups.length > 0 && (
        <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
          <Table size="small" data-testid="auto-backups">
            <TableHead>
              <TableRow>
                <TableCell>{t('backup.autoDate')}</TableCell>
                <TableCell>{t('backup.autoReason')}</TableCell>
                <TableCell align="right">{t('backup.autoSize')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {backups.autoBackups.map((b) => (
                <TableRow key={b.name}>
                  <TableCell>{dateTime(b.createdAt)}</TableCell>
                  <TableCell>{t(`backup.reasons.${b.reason}`, { defaultValue: b.reason })}</TableCell>
                  <TableCell align="right">{size(b.size)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {b.path && (
                      <Button size="small" onClick={() => void backups.showInFolder(b.path!)}>{t('backup.showInFolder')}</Button>
                    )}
                    <Button size="small" disabled={backups.busy !== null} onClick={() => void backups.restoreFromAuto(b.name)}>
                      {t('backup.restoreHere')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Typography variant="subtitle1" component="h3">{t('backup.persistTitle')}</Typography>
      {persistence !== 'checking' && (
        <Alert severity={persistence === 'granted' ? 'success' : 'warning'} data-testid="storage-persistence">
          {t(`backup.persist${persistence[0]!.toUpperCase()}${persistence.slice(1)}`)}
        </Alert>
      )}
      <Dialog open={pending !== null} onClose={backups.cancelRestore}>
        <DialogTitle>{t('backup.confirmTitle')}</DialogTitle>
        <DialogContent>
          {pending && (
            <>
              <DialogContentText sx={{ mb: 2 }} data-testid="restore-confirm-body">
                {t('backup.confirmBody', {
                  current: formatCount(pending.current, language),
                  records: formatCount(pending.summary.records, language),
                  attachments: formatCount(pending.summary.attachments, language),
                  date: dateTime(pending.summary.createdAt),
                  version: pending.summary.appVersion,
                })}
              </DialogContentText>
              <DialogContentText>{t('backup.confirmSafety')}</DialogContentText>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={backups.cancelRestore}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" data-testid="confirm-restore" disabled={backups.busy === 'restoring'} onClick={() => void backups.confirmRestore()}>
            {t('backup.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
