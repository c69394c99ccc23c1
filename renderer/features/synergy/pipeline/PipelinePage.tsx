/**
 * The talent pipeline (DESIGN §2 "Synergy"): award winners and high scorers not yet in a studio with the studios
 * that could take them, the invitations sent and their answers, and cohorts of winners followed over the years.
 */
import { Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../app/components/PageHeader';
import { CandidatesTab } from './CandidatesTab';
import { CohortsTab } from './CohortsTab';
import { InvitationsTab } from './InvitationsTab';

const TABS = ['candidates', 'invitations', 'cohorts'] as const;
type PipelineTab = (typeof TABS)[number];

export const PIPELINE_PATH = '/synergy/pipeline';

export default function PipelinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const current: PipelineTab = TABS.find((k) => k === tab) ?? 'candidates';
  return (
    <>
      <PageHeader title={t('pipeline.title')} subtitle={t('pipeline.subtitle')} />
      <Tabs value={current} onChange={(_e, value: PipelineTab) => void navigate(`${PIPELINE_PATH}/${value}`)} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        {TABS.map((key) => (
          <Tab key={key} value={key} label={t(`pipeline.tabs.${key}`)} data-testid={`pipeline-tab-${key}`} />
        ))}
      </Tabs>
      {current === 'candidates' && <CandidatesTab />}
      {current === 'invitations' && <InvitationsTab />}
      {current === 'cohorts' && <CohortsTab />}
    </>
  );
}
