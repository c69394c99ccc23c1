/** The stage pipeline with where the project is, and every gate decision: who, when, what and why. */
import { useState } from 'react';
import { Alert, Box, Button, Step, StepLabel, Stepper } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/domain';
import { heldStage } from '../../../../shared/studios/checkGateDecision';
import { PIPELINE, pipelineIndex } from '../../../../shared/studios/projectStages';
import { LinkTable } from '../../studios/components/LinkTable';
import { Section } from '../../studios/components/Section';
import { GateDialog } from './GateDialog';

export function StagePipeline({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  const off = project.stage === 'rejected' || project.stage === 'on_hold';
  const active = off ? pipelineIndex(project.stage === 'on_hold' ? heldStage(project) : (project.gates.at(-1)?.from ?? 'proposal')) : pipelineIndex(project.stage);
  return (
    <Section
      title={t('innovation.project.pipeline')}
      testId="stage-pipeline"
      actions={<Button size="small" variant="contained" onClick={() => setDeciding(true)} data-testid="gate-open" disabled={project.stage === 'rolled_out'}>{t('innovation.gate.open')}</Button>}
    >
      <Stepper activeStep={active} alternativeLabel sx={{ mb: 2 }}>
        {PIPELINE.map((stage, i) => (
          <Step key={stage} completed={!off && i < active}>
            <StepLabel error={off && i === active} data-testid={`stage-step-${stage}`}>{t(`enums.projectStage.${stage}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      {off && <Alert severity={project.stage === 'rejected' ? 'error' : 'warning'} sx={{ mb: 1 }}>{t(`innovation.project.offLine.${project.stage}`)}</Alert>}
      <LinkTable
        label={t('innovation.gate.history')}
        rows={[...project.gates].reverse()}
        rowKey={(g) => `${g.at}-${g.from}-${g.to}-${g.decision}-${g.note}`}
        empty={t('innovation.gate.none')}
        testId="gate-history"
        columns={[
          { key: 'at', header: t('common.date'), render: (g) => g.at, width: 100 },
          { key: 'move', header: t('innovation.gate.move'), render: (g) => `${t(`enums.projectStage.${g.from}`)} → ${t(`enums.projectStage.${g.to}`)}`, width: 140 },
          { key: 'decision', header: t('innovation.gate.decision'), render: (g) => t(`innovation.gate.decisions.${g.decision}`), width: 90 },
          { key: 'by', header: t('innovation.gate.by'), render: (g) => g.by ?? '—', width: 100 },
          { key: 'note', header: t('innovation.gate.note'), render: (g) => g.note || '—' },
        ]}
      />
      <Box>{deciding && <GateDialog project={project} onClose={() => setDeciding(false)} />}</Box>
    </Section>
  );
}
