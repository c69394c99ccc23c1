import { Box } from '@mui/material';

/** Text in a one-line table cell: cut with an ellipsis, the whole value in a tooltip and on the record's page. */
export function CellText({ text }: { text: string }) {
  return (
    <Box component="span" title={text} sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {text}
    </Box>
  );
}
