/** A link to a record's detail page (the detail-route contract of HELPERS.md). */
import type { ReactNode } from 'react';
import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export type RecordRoute = 'people' | 'studios' | 'projects' | 'achievements' | 'activities' | 'competitions' | 'knowledge';

export function recordPath(route: RecordRoute, id: string): string {
  return `/${route}/${encodeURIComponent(id)}`;
}

export function RecordLink({ route, id, children, testId }: { route: RecordRoute; id: string; children: ReactNode; testId?: string }) {
  return (
    <Link component={RouterLink} to={recordPath(route, id)} underline="hover" data-testid={testId} onClick={(e) => e.stopPropagation()}>
      {children}
    </Link>
  );
}
