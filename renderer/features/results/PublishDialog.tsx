/**
 * Publishing (公示) asks first and says what it will do: freeze the current results as snapshot N with its hash,
 * move the competition to published (first time), and give the winners their incentives and honours. A later
 * snapshot names the appeals whose rulings changed marks since the previous one.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../shared/domain';
import { buildPublication } from '../../../shared/results/publication/buildPublication';
import { publicationRewards } from '../../../shared/results/publication/publicationRewards';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { createResultsKnowledgeDraft } from './knowledgeDraftHook';
import type { ResultsState } from './useResultsReport';

export function PublishDialog({ competition, state, onClose }: { competition: Competition; state: ResultsState; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [error, setError] = useState<string>();
  const { report, inputs, publication: previous } = state;
  const since = previous?.publishedAt ?? '';
  const appealIds = inputs.appeals.filter((a) => a.ruledAt && a.ruledAt > since && (a.markChanges?.length ?? 0) > 0).map((a) => a.id);
  const snapshot = buildPublication(report, { id: newId(), publishedAt: new Date().toISOString(), previous, appealIds });
  const awarded = snapshot.results.filter((r) => r.award).length;

  const publish = async () => {
    try {
      const existing = await repositories.results.incentivesOf(competition.id);
      const rewards = publicationRewards(competition, snapshot, new Map(inputs.entries.map((e) => [e.id, e])), existing);
      await repositories.results.publish(snapshot, rewards);
      if (!previous) await createResultsKnowledgeDraft(repositories, competition, snapshot);
      onClose();
    } catch (e) {
      setError(String(e));
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{previous ? t('results.publish.againTitle', { sequence: snapshot.sequence }) : t('results.publish.firstTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          <ul>
            <li>{t('results.publish.effectSnapshot', { sequence: snapshot.sequence, count: snapshot.results.length })}</li>
            {!previous && <li>{t('results.publish.effectStatus')}</li>}
            <li>{t('results.publish.effectRewards', { count: awarded })}</li>
            {previous && <li>{t('results.publish.effectAppeals', { count: appealIds.length })}</li>}
            {snapshot.teams && <li>{t('teams.publishEffect', { count: snapshot.teams.rows.length })}</li>}
          </ul>
          {t('results.publish.hash', { hash: snapshot.hash })}
        </DialogContentText>
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void publish()} data-testid="results-publish-confirm">
          {t('results.publish.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
