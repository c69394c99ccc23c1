/**
 * Opens a print view to look at: in the browser a new tab (the app keeps its place), on the desktop in the app
 * window itself, since the app opens no second window; the view's toolbar leads back.
 */
import type { ReactNode } from 'react';
import { Button, type ButtonProps } from '@mui/material';
import { useNavigate } from 'react-router';
import { getPlatform } from '../../../platform';

export function PreviewButton({
  route,
  disabled,
  testId,
  startIcon,
  size,
  children,
}: {
  route: string;
  disabled?: boolean;
  testId: string;
  startIcon?: ReactNode;
  size?: ButtonProps['size'];
  children: ReactNode;
}) {
  const navigate = useNavigate();
  if (getPlatform().kind === 'browser') {
    return (
      <Button component="a" href={`#${route}`} target="_blank" rel="noopener" disabled={disabled} data-testid={testId} startIcon={startIcon} size={size}>
        {children}
      </Button>
    );
  }
  return (
    <Button onClick={() => void navigate(route)} disabled={disabled} data-testid={testId} startIcon={startIcon} size={size}>
      {children}
    </Button>
  );
}
