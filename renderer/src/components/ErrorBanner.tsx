import type { ReactNode } from 'react';
import { errorMessage } from '../lib/errors';
import { Button } from './Button';

export interface ErrorBannerProps {
  title: string;
  /** A thrown error (its message is shown) or the message itself. */
  error: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ErrorBanner({ title, error, onRetry, children }: ErrorBannerProps) {
  return (
    <div role="alert" className="error-banner">
      <p className="error-banner-title">{title}</p>
      <p className="error-banner-message">{typeof error === 'string' ? error : errorMessage(error)}</p>
      {children}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
