/**
 * Cross-department collaboration awards proposed by the rule in shared/incentives/proposeCollaborationAwards.ts,
 * each with its evidence (the departments, the gate passed). The rule runs over the dashboard's stored slice
 * (projects' members and gates, people's departments); only the proposed projects are then read by id.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Link as MuiLink, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardRecordsOf } from '../../../../shared/dashboard/dashboardFacts';
import { COLLABORATION_BONUS_FEN, proposeCollaborationAwards, type CollaborationProposal } from '../../../../shared/incentives/proposeCollaborationAwards';
import { PageLoading } from '../../../app/components/PageLoading';
import { formatList, formatYuan } from '../../../app/format';
import { useLanguage } from '../../../app/useLanguage';
import { useRepositories } from '../../../db/useRepositories';

export function CollaborationProposalsDialog({ year, onClose, onAdded }: { year: number; onClose: () => void; onAdded: (text: string) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const repositories = useRepositories();
  const [state, setState] = useState<{ proposals: CollaborationProposal[]; departments: Map<string, string> }>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    void (async () => {
      const { facts } = await repositories.dashboard.slice();
      if (!facts) await repositories.dashboard.rebuild();
      const records = dashboardRecordsOf(facts ?? (await repositories.dashboard.slice()).facts!);
      const people = new Map(records.people.map((p) => [p.id, p]));
      const candidates = proposeCollaborationAwards(records.projects.map((p) => ({ ...p, title: '' })), people, year, []).map((p) => p.projectId);
      const [projects, existing] = await Promise.all([repositories.projects.byIds(candidates), repositories.incentives.ofCollaborations(candidates)]);
      // Projects whose members were all rewarded stay in the list, so the rule's findings are all visible.
      const proposals = proposeCollaborationAwards(projects, people, year, existing);
      if (!live) return;
      setState({ proposals, departments: new Map(records.departments.map((d) => [d.id, d.name])) });
      setChosen(new Set(proposals.filter((p) => p.drafts.length > 0).map((p) => p.projectId)));
    })().catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [repositories, year]);

  const add = async () => {
    if (!state) return;
    const drafts = state.proposals.filter((p) => chosen.has(p.projectId)).flatMap((p) => p.drafts);
    try {
      await repositories.incentives.addPending(drafts);
      onAdded(t('reporting.incentives.proposals.added', { count: drafts.length }));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const toggle = (id: string) => setChosen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('reporting.incentives.proposals.title', { year })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('reporting.incentives.proposals.rule', { year, amount: formatYuan(COLLABORATION_BONUS_FEN, language) })}
        </Typography>
        {error && <Alert severity="error">{t('common.errorDetail', { message: error })}</Alert>}
        {state && state.proposals.length > 0 && state.proposals.every((p) => p.drafts.length === 0) && (
          <Alert severity="info" sx={{ mb: 1 }}>
            {t('reporting.incentives.proposals.none', { year })}
          </Alert>
        )}
        {!state ? (
          !error && <PageLoading />
        ) : state.proposals.length === 0 ? (
          <Alert severity="info">{t('reporting.incentives.proposals.none', { year })}</Alert>
        ) : (
          <List dense data-testid="proposals-list">
            {state.proposals.map((p) => (
              <ListItem key={p.projectId} disableGutters>
                <FormControlLabel control={<Checkbox disabled={p.drafts.length === 0} checked={chosen.has(p.projectId)} onChange={() => toggle(p.projectId)} />} label="" sx={{ mr: 0 }} />
                <ListItemText
                  primary={
                    <MuiLink component={Link} to={`/projects/${p.projectId}`}>
                      {p.projectTitle}
                    </MuiLink>
                  }
                  secondary={[
                    t('reporting.incentives.proposals.departments', { count: p.departmentIds.length, names: formatList(p.departmentIds.map((id) => state.departments.get(id) ?? id), language) }),
                    t('reporting.incentives.proposals.gate', { date: p.gateOn }),
                    p.drafts.length > 0 ? t('reporting.incentives.proposals.members', { count: p.drafts.length }) : t('reporting.incentives.proposals.allRewarded'),
                  ].join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!state || chosen.size === 0} onClick={() => void add()} data-testid="proposals-add">
          {t('reporting.incentives.proposals.add')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
