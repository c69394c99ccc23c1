import { Box, Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordRef } from '../../../shared/domain';
import { recordRoute } from './linkRoutes';
import { useRecordNames } from './useRecordNames';

/** Linked records as chips that lead to their pages. */
export function LinkChips({ links, testId }: { links: readonly RecordRef[]; testId?: string }) {
  const { t } = useTranslation();
  const names = useRecordNames(links);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }} data-testid={testId}>
      {links.map((ref) => {
        const route = recordRoute(ref.kind, ref.id);
        const label = `${t(`knowledgeBase.linkKinds.${ref.kind}`)}: ${names?.get(`${ref.kind}:${ref.id}`) ?? ref.id}`;
        return route ? (
          <Chip key={`${ref.kind}:${ref.id}`} size="small" variant="outlined" label={label} component={Link} to={route} clickable />
        ) : (
          <Chip key={`${ref.kind}:${ref.id}`} size="small" variant="outlined" label={label} />
        );
      })}
    </Box>
  );
}
