/**
 * Projects by stage, one column per stage. Cards are dragged to another column; the drop opens the gate
 * decision for that move (a drop that skips stages names them and asks for the reason). Each column is
 * virtualised, so thousands of cards render without a long task.
 *
 * What keeps the opening of the board under the long-task target with 2,000 projects (docs/benchmarks.md):
 * - the board first commits its columns with their headers and counts, and the cards follow in a transition
 *   (time-sliced render, a second small commit), so the page switch and the cards never share one task;
 * - each column's virtualiser is mounted (and measures its scroll box, in a layout effect) while it has no rows
 *   yet; mounted with its rows, it would find its range only in that layout effect and re-render every column
 *   synchronously inside the commit (flushSync), which was most of the long task;
 * - cards are plain elements under class names styled once for the whole board, not a styled component or MUI
 *   components per card (each of those resolves and serialises its styles per instance);
 * - columns scrolled out of the board's view and the virtualiser's overscan cards skip layout and paint until
 *   they come into view (content-visibility);
 * - columns are grouped without a collator (shared/studios/boardColumns.ts);
 * - clicks and drag starts are handled once per column (event delegation), not by closures per card;
 * - a column's highlight while dragging over it re-renders its frame only, not its cards.
 */
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { styled } from '@mui/material/styles';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Project, ProjectStage } from '../../../../shared/domain';
import { boardColumns } from '../../../../shared/studios/boardColumns';
import { decisionForMove } from '../../../../shared/studios/checkGateDecision';
import { BOARD_STAGES } from '../../../../shared/studios/projectStages';
import { recordPath } from '../../studios/components/RecordLink';
import { GateDialog } from '../detail/GateDialog';
import type { ProjectsData } from './useProjectRows';

const CARD_HEIGHT = 76;

/** The board's frame, columns and cards, styled once (one class) for all of them. */
const Board = styled('div')(({ theme }) => ({
  display: 'grid',
  gridAutoFlow: 'column',
  gridAutoColumns: 'minmax(180px, 1fr)',
  gap: theme.spacing(1),
  overflowX: 'auto',
  paddingBottom: theme.spacing(1),
  '& .board-column': {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    background: theme.palette.grey[50],
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
  '& .board-column[data-over="true"]': { background: theme.palette.action.selected },
  '& .board-column-head': { ...theme.typography.subtitle2, margin: 0, padding: theme.spacing(1), borderBottom: `1px solid ${theme.palette.divider}` },
  '& .board-column-count': { ...theme.typography.body2, color: theme.palette.text.secondary, marginLeft: theme.spacing(0.5) },
  // The whole board, with its horizontal scroll bar, fits the window without scrolling the page (1,024 × 768 too).
  // Columns scrolled out of the board's view, and cards outside their column's view (the virtualiser's overscan),
  // are skipped by layout and paint until they come into view.
  '& .board-column-body': { height: 'calc(100vh - 360px)', minHeight: 240, overflowY: 'auto', padding: theme.spacing(0.5), contentVisibility: 'auto', containIntrinsicSize: 'auto 180px auto 400px' },
  '& .board-column-rows': { position: 'relative' },
  '& .board-card': {
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
    contentVisibility: 'auto',
    containIntrinsicSize: `auto ${CARD_HEIGHT - 6}px`,
    '&:hover': { borderColor: theme.palette.primary.main },
    '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -1 },
  },
  '& .board-card-title': {
    ...theme.typography.body2,
    fontWeight: 500,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    lineHeight: 1.3,
  },
  '& .board-card-studio': { ...theme.typography.caption, display: 'block', color: theme.palette.text.secondary, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
}));

export function ProjectBoard({ data }: { data: ProjectsData }) {
  const { t } = useTranslation();
  const [studioId, setStudioId] = useState('');
  const [move, setMove] = useState<{ project: Project; to: ProjectStage } | null>(null);
  // Columns first, cards in the following (time-sliced) render.
  const [cardsShown, setCardsShown] = useState(false);
  useEffect(() => startTransition(() => setCardsShown(true)), []);
  const studioNames = useMemo(() => new Map(data.studios.map((s) => [s.id, s.name])), [data.studios]);
  const columns = useMemo(() => boardColumns(data.projects, studioId), [data.projects, studioId]);
  const drop = useCallback(
    (projectId: string, to: ProjectStage) => {
      const project = data.projects.find((p) => p.id === projectId);
      if (project && project.stage !== to) setMove({ project, to });
    },
    [data.projects],
  );

  return (
    <>
      <TextField size="small" select label={t('projects.studio')} value={studioId} onChange={(e) => startTransition(() => setStudioId(e.target.value))} sx={{ width: 220, mb: 1.5 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
        <MenuItem value="">{t('innovation.views.allStudios')}</MenuItem>
        {data.studios.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
      <Board data-testid="project-board">
        {BOARD_STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} projects={columns.get(stage) ?? []} studioNames={studioNames} cardsShown={cardsShown} onDrop={drop} />
        ))}
      </Board>
      {move && <GateDialog project={move.project} initial={decisionForMove(move.project.stage, move.to)} onClose={() => setMove(null)} />}
    </>
  );
}

interface ColumnProps {
  readonly stage: ProjectStage;
  readonly projects: readonly Project[];
  readonly studioNames: ReadonlyMap<string, string>;
  readonly cardsShown: boolean;
  readonly onDrop: (projectId: string, to: ProjectStage) => void;
}

const BoardColumn = memo(function BoardColumn({ stage, projects, studioNames, cardsShown, onDrop }: ColumnProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  return (
    <section
      className="board-column"
      data-testid={`board-column-${stage}`}
      data-over={over}
      aria-label={t(`enums.projectStage.${stage}`)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onDrop(e.dataTransfer.getData('text/plain'), stage);
      }}
    >
      <h3 className="board-column-head">
        {t(`enums.projectStage.${stage}`)}
        <span className="board-column-count" data-testid={`board-count-${stage}`}>{projects.length}</span>
      </h3>
      <ColumnCards projects={projects} studioNames={studioNames} shown={cardsShown} />
    </section>
  );
});

/** The card under an event's target, by its project id. */
function cardId(target: EventTarget): string | undefined {
  return (target as HTMLElement).closest<HTMLElement>('[data-project-id]')?.dataset['projectId'];
}

const ColumnCards = memo(function ColumnCards({ projects, studioNames, shown }: { projects: readonly Project[]; studioNames: ReadonlyMap<string, string>; shown: boolean }) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the column re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: shown ? projects.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_HEIGHT,
    overscan: 6,
  });
  const open = (id: string | undefined) => {
    if (id) void navigate(recordPath('projects', id));
  };
  return (
    <div
      ref={scrollRef}
      className="board-column-body"
      onClick={(e) => open(cardId(e.target))}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open(cardId(e.target));
      }}
      onDragStart={(e) => {
        const id = cardId(e.target);
        if (id) e.dataTransfer.setData('text/plain', id);
      }}
    >
      <div className="board-column-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const project = projects[item.index]!;
          const studio = studioNames.get(project.studioId);
          return (
            <div
              key={project.id}
              className="board-card"
              draggable
              role="link"
              tabIndex={0}
              data-testid="board-card"
              data-project-id={project.id}
              // Position through style: a per-card style rule would make one CSS class per card.
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <span className="board-card-title" title={project.title}>{project.title}</span>
              <span className="board-card-studio" title={studio}>{studio}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
});
