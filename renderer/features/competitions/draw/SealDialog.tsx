/**
 * The encryption officer's secret draw (二次加密): codes from crypto.getRandomValues for every entrant taking
 * part, sealed at once under a passphrase. Before the passphrase is set, the dialog says plainly that a lost
 * passphrase cannot be recovered; after sealing, the map stays open in this window so a sealed copy can be
 * printed.
 */
import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { checkNewPassphrase, PASSPHRASE_MIN_LENGTH } from '../../../../shared/competitions/sealing/codeMap';
import { drawAnonymousCodes } from '../../../../shared/competitions/sealing/drawAnonymousCodes';
import type { JudgeAssignment } from '../../../../shared/domain';
import { holdUnsealedCodeMap } from '../../../db/unsealedCodeMaps';
import { useRepositories } from '../../../db/useRepositories';
import { isActiveEntry } from '../roster/rosterRows';

export interface Officer {
  readonly assignment: JudgeAssignment;
  readonly name: string;
}

export function SealDialog({
  competitionId,
  officers,
  replacing,
  onSealed,
  onClose,
}: {
  competitionId: string;
  officers: readonly Officer[];
  replacing: boolean;
  onSealed: (count: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [officerId, setOfficerId] = useState(officers[0]?.assignment.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const issues = checkNewPassphrase(passphrase, repeated);

  const seal = async () => {
    setTried(true);
    if (issues.length > 0 || !officerId) return;
    setBusy(true);
    setError(null);
    try {
      const ids = (await repositories.competitions.entriesOf(competitionId)).filter(isActiveEntry).map((e) => e.id);
      const { codes } = drawAnonymousCodes(ids, (n) => crypto.getRandomValues(new Uint8Array(n)));
      const map = { competitionId, codes };
      await repositories.sealing.seal(map, passphrase, officerId);
      holdUnsealedCodeMap(map);
      onSealed(codes.size);
    } catch (e) {
      setError(t('draw.seal.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth data-testid="seal-dialog">
      <DialogTitle>{t('draw.seal.title')}</DialogTitle>
      <DialogContent>
        <Stack
          spacing={2}
          component="form"
          id="seal-form"
          sx={{ pt: 1 }}
          onSubmit={(e) => {
            e.preventDefault();
            void seal();
          }}
        >
          <Alert severity="warning" data-testid="seal-warning">
            <AlertTitle>{t('draw.seal.warningTitle')}</AlertTitle>
            {t('draw.seal.warning')}
          </Alert>
          {replacing && <Alert severity="info">{t('draw.seal.replaceWarning')}</Alert>}
          <TextField select label={t('draw.seal.officer')} value={officerId} onChange={(e) => setOfficerId(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'seal-officer' } }}>
            {officers.map((o) => (
              <MenuItem key={o.assignment.id} value={o.assignment.id}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            type="password"
            label={t('draw.seal.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            helperText={t('draw.seal.passphraseHint', { min: PASSPHRASE_MIN_LENGTH })}
            autoComplete="new-password"
            disabled={busy}
            slotProps={{ htmlInput: { 'data-testid': 'seal-passphrase' } }}
          />
          <TextField
            type="password"
            label={t('draw.seal.repeat')}
            value={repeated}
            onChange={(e) => setRepeated(e.target.value)}
            autoComplete="new-password"
            disabled={busy}
            slotProps={{ htmlInput: { 'data-testid': 'seal-passphrase-repeat' } }}
          />
          {tried && issues.length > 0 && (
            <Alert severity="error" data-testid="seal-issues">
              {issues.map((issue) => t(`draw.seal.issues.${issue.code}`, 'params' in issue ? issue.params : {})).join(' ')}
            </Alert>
          )}
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          form="seal-form"
          variant="contained"
          color="warning"
          disabled={busy || !officerId}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
          data-testid="seal-confirm"
        >
          {busy ? t('draw.seal.sealing') : t('draw.seal.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
