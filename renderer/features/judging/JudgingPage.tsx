/**
 * The judge laptop: import the competition package from USB, then a judge signs in with their PIN and sees
 * their modules and the subjects they score, in the locked judge mode (JudgeModeScreen).
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
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
import { importCompetitionPackage } from './importCompetitionPackage';
import { useSetJudgeSession } from './judgeSession';

const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;

export default function JudgingPage() {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const packages = useLiveRecords((r) => r.judging.packages());
  const [message, setMessage] = useState<{ severity: 'success' | 'info' | 'error'; text: string } | null>(null);
  const setJudgeSession = useSetJudgeSession();
  const enterJudgeMode = (row: CompetitionPackageRow) => void setJudgeSession({ competitionId: row.competitionId, startedAt: new Date().toISOString() });

  const pickAndImport = async () => {
    setMessage(null);
    try {
      const files = await getPlatform().openFiles({ filters: [{ name: t('compPackage.fileKind'), extensions: [COMPETITION_PACKAGE_EXTENSION] }], maxBytes: MAX_PACKAGE_BYTES });
      const file = files?.[0];
      if (!file) return;
      const result = await importCompetitionPackage(repositories, file.bytes);
      if (!result.ok) setMessage({ severity: 'error', text: t(`judging.packageErrors.${result.code}`, result.params) });
      else setMessage({ severity: result.outcome === 'older' ? 'info' : 'success', text: t(`judging.imported.${result.outcome}`, { name: result.competitionName }) });
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
                      entries: row.pkg.entries.length,
                      exportedAt: row.pkg.exportedAt.slice(0, 16).replace('T', ' '),
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
