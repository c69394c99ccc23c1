/**
 * The judge laptop: import the signed competition package from USB — on first import after a person compares the
 * master key's fingerprint with the one shown on the master — then a judge signs in with their PIN and works in
 * the locked judge mode (JudgeModeScreen) on their modules and the subjects they score (codes for sealed modules,
 * orders and stations for live ones).
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { CompetitionPackage } from '../../../shared/competitions/package/competitionPackageSchema';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslation } from 'react-i18next';
import { COMPETITION_PACKAGE_EXTENSION } from '../../../shared/competitions/package/competitionPackageSchema';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import type { CompetitionPackageRow } from '../../db/repositories';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { getPlatform, PlatformError } from '../../platform';
import { ConfirmKeyDialog } from './ConfirmKeyDialog';
import { confirmPackageKey, importCompetitionPackage, type PackageImportResult } from './importCompetitionPackage';
import { useSetJudgeSession } from './judgeSession';
import { IMPORT_LIMITS } from '../../../shared/safety/importLimits';

const MAX_PACKAGE_BYTES = IMPORT_LIMITS.competitionPackage.maxFileBytes;

export default function JudgingPage() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const packages = useLiveRecords((r) => r.judging.packages());
  const pinned = useLiveRecords((r) => r.judging.pinnedKey());
  const [message, setMessage] = useState<{ severity: 'success' | 'info' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<{ pkg: CompetitionPackage; fingerprint: string } | null>(null);

  const show = (result: PackageImportResult) => {
    if (result.ok === 'confirm') setConfirming({ pkg: result.pkg, fingerprint: result.fingerprint });
    else if (!result.ok) setMessage({ severity: 'error', text: t(`judging.packageErrors.${result.code}`, result.params) });
    else setMessage({ severity: result.outcome === 'older' ? 'info' : 'success', text: t(`judging.imported.${result.outcome}`, { name: result.competitionName }) });
  };
  const setJudgeSession = useSetJudgeSession();
  const enterJudgeMode = (row: CompetitionPackageRow) => void setJudgeSession({ competitionId: row.competitionId, startedAt: new Date().toISOString() });

  const pickAndImport = async () => {
    setMessage(null);
    try {
      const files = await getPlatform().openFiles({ filters: [{ name: t('compPackage.fileKind'), extensions: [COMPETITION_PACKAGE_EXTENSION] }], maxBytes: MAX_PACKAGE_BYTES });
      const file = files?.[0];
      if (!file) return;
      show(await importCompetitionPackage(repositories, file.bytes));
    } catch (error) {
      setMessage({ severity: 'error', text: error instanceof PlatformError ? t(`platformErrors.${error.code}`, error.params) : String(error) });
    }
  };

  const importButton = (
    <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => void pickAndImport()} data-testid="judging-import">
      {t('judging.import')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('nav.judging')} actions={packages && packages.length > 0 ? importButton : undefined} />
      {message && (
        <Alert severity={message.severity} sx={{ mb: 2 }} data-testid="judging-message">
          {message.text}
        </Alert>
      )}
      {pinned && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="judging-pinned-key">
          {t('judging.pinnedKey', { fingerprint: pinned.fingerprint })}
        </Typography>
      )}
      {confirming && (
        <ConfirmKeyDialog
          competitionName={confirming.pkg.competition.name}
          fingerprint={confirming.fingerprint}
          onCancel={() => {
            setConfirming(null);
            setMessage({ severity: 'info', text: t('judging.keyNotConfirmed') });
          }}
          onConfirm={async () => {
            const { pkg, fingerprint } = confirming;
            setConfirming(null);
            show(await confirmPackageKey(repositories, pkg, fingerprint));
          }}
        />
      )}
      {!packages ? (
        <PageLoading />
      ) : packages.length === 0 ? (
        <EmptyState icon={FactCheckIcon} title={t('empty.judgingTitle')} body={t('empty.judgingBody')} action={importButton} />
      ) : (
        <Stack spacing={2}>
          {packages.map((row) => (
            <Card key={row.id} data-testid="judging-package">
              <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
                <Box sx={{ flexGrow: 1 }}>
                  <Typography variant="h6" component="h2">
                    {row.pkg.competition.name}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {t('judging.packageSummary', {
                      judges: row.pkg.judges.length,
                      entries: Math.max(row.pkg.subjects.live.length, row.pkg.subjects.sealed.length),
                      exportedAt: new Date(row.pkg.exportedAt).toLocaleString(),
                    })}
                  </Typography>
                </Box>
                <Chip label={t(`enums.level.${row.pkg.competition.level}`)} variant="outlined" />
                <Button variant="contained" onClick={() => enterJudgeMode(row)} data-testid="judging-enter">
                  {t('judging.enterJudgeMode')}
                </Button>
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
