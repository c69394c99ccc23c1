import { Card, CardActionArea, CardContent, Typography } from '@mui/material';

/** One dashboard figure; clicking it shows the records behind it. */
export function FigureTile({
  figureKey,
  label,
  value,
  emphasis = false,
  onOpen,
}: {
  figureKey: string;
  label: string;
  value: string;
  emphasis?: boolean;
  onOpen?: () => void;
}) {
  return (
    <Card sx={{ height: '100%', ...(emphasis && { borderColor: 'primary.light' }) }}>
      <CardActionArea onClick={onOpen} disabled={!onOpen} data-testid={`figure-${figureKey}`} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ minHeight: 40 }}>
            {label}
          </Typography>
          <Typography
            variant={emphasis ? 'h4' : 'h5'}
            component="p"
            color={emphasis ? 'primary' : 'text.primary'}
            sx={{ fontWeight: 700, mt: 0.5, fontVariantNumeric: 'tabular-nums' }}
            data-testid={`figure-${figureKey}-value`}
          >
            {value}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
