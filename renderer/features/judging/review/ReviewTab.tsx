/**
 * The chief judge's review board (复核): import score packages, see what is missing per judge × module ×
 * subject, discuss disagreements, resolve measurement conflicts (they block sign-off), recheck a seeded sample,
 * and sign off with the chief judge's PIN, which locks every mark. Subjects appear by code or draw order only.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PIN_PBKDF2_ITERATIONS } from '../../../../shared/competitions/pin/hashPin';
import { formatHundredths } from '../../../../shared/scoring';
import { PageLoading } from '../../../app/components/PageLoading';
import { useRepositories } from '../../../db/useRepositories';
import type { CompetitionTabProps } from '../../competitions/CompetitionDetailPage';
import { PinCheckDialog } from '../PinCheckDialog';
import { signOffMarks } from './chiefActions';
import { subjectText } from './subjectText';
import { CompletenessMatrix } from './CompletenessMatrix';
import { FlagsCard } from './FlagsCard';
import { ImportScoresCard } from './ImportScoresCard';
import { PaperSheetsCard } from '../paper/PaperSheetsCard';
import { ReviewSampleCard } from './ReviewSampleCard';
import { useReviewData } from './useReviewData';

export default function ReviewTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const data = useReviewData(competition);
  const [signingOff, setSigningOff] = useState(false);
  if (!data) return <PageLoading />;

  const signedOff = data.lock.signedOffAt !== undefined;
  const missing = data.completeness.reduce((sum, c) => sum + c.expected - c.done, 0);
  const chief = data.chief;
  const blockers = [
    ...(data.conflicts.length > 0 ? [t('chiefReview.blockConflicts', { n: data.conflicts.length })] : []),
    ...(!chief?.pinHash || !chief.pinSalt ? [t('chiefReview.blockNoChief')] : []),
  ];
  const ranked = data.results.rows.filter((row) => row.rank !== undefined);

  return (
    <Stack spacing={2} data-testid="review-board">
      <ImportScoresCard competition={competition} data={data} />
      <PaperSheetsCard competition={competition} judgeName={data.judgeName} signedOff={signedOff} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('chiefReview.completenessTitle')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {missing === 0 ? t('chiefReview.nothingMissing') : t('chiefReview.missingCount', { n: missing })}
          </Typography>
          <CompletenessMatrix data={data} />
        </CardContent>
      </Card>
      <FlagsCard competition={competition} data={data} readOnly={signedOff} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('chiefReview.provisionalTitle')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('chiefReview.provisionalBody')}</Typography>
          <Box sx={{ maxHeight: 320, overflow: 'auto' }}>
            <Table size="small" data-testid="provisional-totals">
              <TableHead>
                <TableRow>
                  <TableCell>{t('chiefReview.rank')}</TableCell>
                  <TableCell>{t('chiefReview.subject')}</TableCell>
                  <TableCell align="right">{t('chiefReview.total')}</TableCell>
                  <TableCell align="right">{t('chiefReview.missingItems')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ranked.slice(0, 50).map((row) => (
                  <TableRow key={row.key}>
                    <TableCell>{row.rank}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{subjectText(row.key, t)}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatHundredths(row.total)}</TableCell>
                    <TableCell align="right">{row.score.missingItemCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </CardContent>
      </Card>
      <ReviewSampleCard competition={competition} ranked={ranked.map((r) => r.key)} review={data.review} readOnly={signedOff} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{t('chiefReview.signOffTitle')}</Typography>
          {signedOff ? (
            <Alert severity="success" data-testid="signed-off">{t('chiefReview.signedOff', { at: new Date(data.lock.signedOffAt!).toLocaleString() })}</Alert>
          ) : (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>{t('chiefReview.signOffBody')}</Typography>
              {blockers.map((b) => <Alert key={b} severity="warning" sx={{ mb: 1 }}>{b}</Alert>)}
              {missing > 0 && <Alert severity="info" sx={{ mb: 1 }}>{t('chiefReview.missingCount', { n: missing })}</Alert>}
              <Button variant="contained" disabled={blockers.length > 0} onClick={() => setSigningOff(true)} data-testid="sign-off">
                {t('chiefReview.signOff')}
              </Button>
            </>
          )}
        </CardContent>
      </Card>
      {signingOff && chief?.pinHash && chief.pinSalt && (
        <PinCheckDialog
          title={t('chiefReview.signOffTitle')}
          body={t('chiefReview.signOffPin', { name: data.judgeName(chief.id) })}
          candidates={[{ id: chief.id, hash: chief.pinHash, salt: chief.pinSalt, iterations: PIN_PBKDF2_ITERATIONS }]}
          onClose={() => setSigningOff(false)}
          onPassed={() => { setSigningOff(false); void signOffMarks(repositories, competition.id, chief.id); }}
        />
      )}
      <Stack direction="row" spacing={1}>
        <Chip size="small" label={t('chiefReview.flagCounts', { disagreements: data.disagreements.length, conflicts: data.conflicts.length })} />
      </Stack>
    </Stack>
  );
}
