/**
 * Exports the signed competition package for the judge laptops (DESIGN §4): rubric, judge assignments, and for
 * each module only what its judges need — running orders and stations for live modules, anonymous codes for
 * sealed ones. The master key's fingerprint is shown here so the organiser can compare it with the one the judge
 * laptop shows on first import. What stops the export is listed first, in plain words.
 */
import { useState } from 'react';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { useTranslation } from 'react-i18next';
import {
  buildCompetitionPackage,
  checkCompetitionPackageInput,
  type CompetitionPackageInput,
  type PackageBuildIssue,
} from '../../../../shared/competitions/package/buildCompetitionPackage';
import { COMPETITION_PACKAGE_EXTENSION } from '../../../../shared/competitions/package/competitionPackageSchema';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { getPlatform, PlatformError } from '../../../platform';
import { PIN_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { useSigningKey } from './useSigningKey';

export default function PackageTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const signingKey = useSigningKey();
  const [result, setResult] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const input = useLiveRecords(
    async (r): Promise<CompetitionPackageInput> => {
      const [entries, judges, sealed] = await Promise.all([r.competitions.entriesOf(competition.id), r.competitions.judgesOf(competition.id), r.sealing.sealedMapOf(competition.id)]);
      const people = new Map((await r.people.byIds(judges.map((j) => j.personId))).map((p) => [p.id, p.name]));
      return {
        competition,
        entries,
        sealed: sealed && { codes: sealed.codes, entryIds: sealed.entryIds },
        // Only the people who sign in on a judge laptop travel in the package.
        judges: judges
          .filter((j) => PIN_ROLES.has(j.role))
          .map((assignment) => ({ assignment, displayName: t('compPackage.displayName', { name: people.get(assignment.personId) ?? '?', role: t(`compPackage.roles.${assignment.role}`) }) })),
        exportedAt: new Date().toISOString(),
      };
    },
    [competition, t],
  );
  if (!input) return <PageLoading />;
  const issues = checkCompetitionPackageInput(input);
  const modules = competition.rubric.parts.flatMap((p) => p.modules);
  const sealedCount = modules.filter((m) => m.judging === 'sealed').length;

  const issueText = (issue: PackageBuildIssue) => t(`compPackage.issues.${issue.code}`, { ...issue.params, status: issue.params.status ? t(`enums.competitionStatus.${issue.params.status}`) : '' });

  const exportPackage = async () => {
    setResult(null);
    try {
      const signer = await repositories.sealing.signingKey();
      const bytes = await buildCompetitionPackage({ ...input, exportedAt: new Date().toISOString() }, signer);
      // Score packages must carry this rubric's hash (judging): freeze it with the package that goes out.
      await repositories.marks.freezeRubric(competition.id, competition.rubric);
      const saved = await getPlatform().saveFile({
        suggestedName: `${competition.name}.${COMPETITION_PACKAGE_EXTENSION}`,
        filters: [{ name: t('compPackage.fileKind'), extensions: [COMPETITION_PACKAGE_EXTENSION] }],
        bytes,
      });
      if (saved) setResult({ severity: 'success', text: t('compPackage.exported', { name: saved.path ?? saved.name, judges: input.judges.length }) });
    } catch (error) {
      setResult({ severity: 'error', text: error instanceof PlatformError ? t(`platformErrors.${error.code}`, error.params) : String(error) });
    }
  };

  return (
    <Box sx={{ maxWidth: 820 }}>
      <Typography sx={{ mb: 2 }}>{t('compPackage.intro')}</Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('compPackage.privacy')} {t('compPackage.modes', { live: modules.length - sealedCount, sealed: sealedCount })}
      </Alert>
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid="package-fingerprint-card">
        <Typography variant="subtitle1" component="h2" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <KeyIcon fontSize="small" color="action" />
          {t('compPackage.fingerprintTitle')}
        </Typography>
        <Box
          component="code"
          data-testid="package-fingerprint"
          sx={{ display: 'block', fontFamily: 'monospace', fontSize: 18, letterSpacing: 1, my: 1, wordBreak: 'break-word' }}
        >
          {signingKey?.fingerprint ?? '…'}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {t('compPackage.fingerprintHint')}
        </Typography>
      </Paper>
      {issues.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="package-issues">
          {t('compPackage.blocked')}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {[...new Set(issues.map(issueText))].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </Box>
        </Alert>
      )}
      <Button variant="contained" disabled={issues.length > 0 || !signingKey} onClick={() => void exportPackage()} data-testid="package-export">
        {t('compPackage.export')}
      </Button>
      {result && (
        <Alert severity={result.severity} sx={{ mt: 2 }} data-testid="package-result">
          {result.text}
        </Alert>
      )}
    </Box>
  );
}
