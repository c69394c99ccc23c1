/**
 * Projects by stage, one column per stage. Cards are dragged to another column; the drop opens the gate
 * decision for that move (a drop that skips stages names them and asks for the reason). Each column is
 * virtualised, so thousands of cards render without a long task.
 */
import { useMemo, useRef, useState } from 'react';
import { Box, MenuItem, Paper, styled, TextField, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Project, ProjectStage } from '../../../../shared/domain';
import { decisionForMove } from '../../../../shared/studios/checkGateDecision';
import { BOARD_STAGES } from '../../../../shared/studios/projectStages';
import { recordPath } from '../../studios/components/RecordLink';
import { GateDialog } from '../detail/GateDialog';
import type { ProjectsData } from './useProjectRows';

const CARD_HEIGHT = 76;

/**
 * A card is plain elements under one styled class (not a Paper and two Typography per card): hundreds of cards
 * mount at once when the board opens, and each MUI component costs its own style resolution.
 */
const Card = styled('div')(({ theme }) => ({
  position: 'absolute',
  top: 0,
  left: 0,
  right: 0,
  height: CARD_HEIGHT - 6,
  padding: theme.spacing(1),
  cursor: 'grab',
  overflow: 'hidden',
  background: theme.palette.background.paper,
  border: `1px solid ${theme.palette.divider}`,
  borderRadius: theme.shape.borderRadius,
  '& .card-title': {
    ...theme.typography.body2,
    fontWeight: 500,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    lineHeight: 1.3,
  },
  '& .card-studio': { ...theme.typography.caption, display: 'block', color: theme.palette.text.secondary, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
}));

export function ProjectBoard({ data }: { data: ProjectsData }) {
  const { t } = useTranslation();
  const [studioId, setStudioId] = useState('');
  const [move, setMove] = useState<{ project: Project; to: ProjectStage } | null>(null);
  const studioNames = useMemo(() => new Map(data.studios.map((s) => [s.id, s.name])), [data.studios]);
  const columns = useMemo(() => {
    const byStage = new Map<ProjectStage, Project[]>(BOARD_STAGES.map((s) => [s, []]));
    for (const p of data.projects) if (!studioId || p.studioId === studioId) byStage.get(p.stage)?.push(p);
    for (const list of byStage.values()) list.sort((a, b) => b.startDate.localeCompare(a.startDate));
    return byStage;
  }, [data.projects, studioId]);
  const byId = useMemo(() => new Map(data.projects.map((p) => [p.id, p])), [data.projects]);

  const drop = (projectId: string, to: ProjectStage) => {
    const project = byId.get(projectId);
    if (project && project.stage !== to) setMove({ project, to });
  };

  return (
    <>
      <TextField size="small" select label={t('projects.studio')} value={studioId} onChange={(e) => setStudioId(e.target.value)} sx={{ width: 220, mb: 1.5 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
        <MenuItem value="">{t('innovation.views.allStudios')}</MenuItem>
        {data.studios.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
      <Box sx={{ display: 'grid', gridAutoFlow: 'column', gridAutoColumns: 'minmax(180px, 1fr)', gap: 1, overflowX: 'auto', pb: 1 }} data-testid="project-board">
        {BOARD_STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} projects={columns.get(stage) ?? []} studioNames={studioNames} onDrop={drop} />
        ))}
      </Box>
      {move && <GateDialog project={move.project} initial={decisionForMove(move.project.stage, move.to)} onClose={() => setMove(null)} />}
    </>
  );
}

function BoardColumn({ stage, projects, studioNames, onDrop }: { stage: ProjectStage; projects: readonly Project[]; studioNames: ReadonlyMap<string, string>; onDrop: (projectId: string, to: ProjectStage) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the column re-renders on scroll by design
  const virtualizer = useVirtualizer({ count: projects.length, getScrollElement: () => scrollRef.current, estimateSize: () => CARD_HEIGHT, overscan: 6 });
  return (
    <Paper
      variant="outlined"
      data-testid={`board-column-${stage}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDrop(e.dataTransfer.getData('text/plain'), stage);
      }}
      sx={{ bgcolor: over ? 'action.selected' : 'grey.50', display: 'flex', flexDirection: 'column', minWidth: 0 }}
    >
      <Typography variant="subtitle2" sx={{ p: 1, borderBottom: 1, borderColor: 'divider' }}>
        {t(`enums.projectStage.${stage}`)} <Typography component="span" variant="body2" color="text.secondary">{projects.length}</Typography>
      </Typography>
      <Box ref={scrollRef} sx={{ height: 'calc(100vh - 330px)', minHeight: 240, overflowY: 'auto', p: 0.5 }}>
        <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const project = projects[item.index]!;
            return (
              <Card
                key={project.id}
                draggable
                onDragStart={(e) => e.dataTransfer.setData('text/plain', project.id)}
                onClick={() => void navigate(recordPath('projects', project.id))}
                data-testid="board-card"
                // Position through style: a per-card style rule would make one CSS class per card.
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className="card-title" title={project.title}>{project.title}</span>
                <span className="card-studio" title={studioNames.get(project.studioId)}>{studioNames.get(project.studioId)}</span>
              </Card>
            );
          })}
        </Box>
      </Box>
    </Paper>
  );
}
