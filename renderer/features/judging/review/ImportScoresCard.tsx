/**
 * Importing judge laptops' score packages on the master: verified first (signature, chain, pinned key,
 * competition, rubric), a new laptop's key fingerprint confirmed by a person, then merged whole or not at all.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { SCORE_PACKAGE_EXTENSION } from '../../../../shared/judging';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, PlatformError } from '../../../platform';
import type { ReviewData } from './useReviewData';
import { IMPORT_LIMITS } from '../../../../shared/safety/importLimits';

const MAX_BYTES = IMPORT_LIMITS.scorePackage.maxFileBytes;

export function ImportScoresCard({ competition, data }: { competition: Competition; data: ReviewData }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [message, setMessage] = useState<{ severity: 'success' | 'info' | 'error'; text: string }>();
  const [pending, setPending] = useState<{ bytes: Uint8Array; deviceId: string; fingerprint: string }>();

  const importBytes = async (bytes: Uint8Array, confirmedFingerprint?: string) => {
    const result = await repositories.marks.importScorePackage(competition.id, bytes, { confirmedFingerprint });
    if (!result.ok) return setMessage({ severity: 'error', text: t(`chiefReview.importErrors.${result.code}`, result.params) });
    if (result.outcome === 'confirm_key') return setPending({ bytes, deviceId: result.deviceId, fingerprint: result.fingerprint });
    setMessage({ severity: result.outcome === 'imported' ? 'success' : 'info', text: t(`chiefReview.imported.${result.outcome}`, result.report) });
  };

  const pick = async () => {
    setMessage(undefined);
    try {
      const files = await getPlatform().openFiles({ filters: [{ name: t('judging.scoresFileKind'), extensions: [SCORE_PACKAGE_EXTENSION] }], maxBytes: MAX_BYTES });
      const file = files?.[0];
      if (file) await importBytes(file.bytes);
    } catch (error) {
      setMessage({ severity: 'error', text: error instanceof PlatformError ? t(`platformErrors.${error.code}`, error.params) : String(error) });
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flexGrow: 1 }}>
            <Typography variant="h6" component="h2">{t('chiefReview.importTitle')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('chiefReview.importSummary', { packages: data.packages.length, marks: data.markCount })}
            </Typography>
          </Box>
          <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => void pick()} data-testid="import-scores">
            {t('chiefReview.importScores')}
          </Button>
        </Box>
        {message && (
          <Alert severity={message.severity} sx={{ mt: 2 }} data-testid="import-scores-message">
            {message.text}
          </Alert>
        )}
      </CardContent>
      {pending && (
        <Dialog open onClose={() => setPending(undefined)}>
          <DialogTitle>{t('chiefReview.confirmKeyTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('chiefReview.confirmKeyBody')}</DialogContentText>
            <Typography sx={{ fontFamily: 'monospace', fontSize: 18, my: 2, textAlign: 'center' }} data-testid="key-fingerprint">
              {pending.fingerprint}
            </Typography>
            <DialogContentText variant="body2">{t('chiefReview.confirmKeyDevice', { deviceId: pending.deviceId })}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => { setPending(undefined); setMessage({ severity: 'info', text: t('chiefReview.keyNotConfirmed') }); }}>{t('chiefReview.keyDiffers')}</Button>
            <Button variant="contained" data-testid="confirm-key" onClick={() => { const p = pending; setPending(undefined); void importBytes(p.bytes, p.fingerprint); }}>
              {t('chiefReview.keyMatches')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Card>
  );
}
