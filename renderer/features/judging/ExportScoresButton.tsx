import { useState } from 'react';
import { Button, Snackbar } from '@mui/material';
import SaveAltIcon from '@mui/icons-material/SaveAlt';
import { useTranslation } from 'react-i18next';
import { SCORE_PACKAGE_EXTENSION } from '../../../shared/judging';
import type { CompetitionPackageRow } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { getPlatform, PlatformError } from '../../platform';

/** Saves this laptop's signed score package for the competition (every judge who scored on it). */
export function ExportScoresButton({ row }: { row: CompetitionPackageRow }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [message, setMessage] = useState<string>();
  const exportPackage = async () => {
    try {
      const bytes = await repositories.marks.exportScorePackage(row.pkg.competition.id, row.pkg.competition.rubric);
      const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
      const saved = await getPlatform().saveFile({
        suggestedName: `${row.pkg.competition.name}-${t('judging.scoresFileStem')}-${stamp}.${SCORE_PACKAGE_EXTENSION}`,
        filters: [{ name: t('judging.scoresFileKind'), extensions: [SCORE_PACKAGE_EXTENSION] }],
        bytes,
      });
      if (saved) setMessage(t('judging.scoresExported', { name: saved.path ?? saved.name }));
    } catch (error) {
      setMessage(error instanceof PlatformError ? t(`platformErrors.${error.code}`, error.params) : String(error));
    }
  };
  return (
    <>
      <Button variant="outlined" startIcon={<SaveAltIcon />} onClick={() => void exportPackage()} data-testid="export-scores">
        {t('judging.exportScores')}
      </Button>
      <Snackbar open={message !== undefined} autoHideDuration={6000} onClose={() => setMessage(undefined)} message={message} />
    </>
  );
}
