import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useT } from '@/i18n';

/** An API error as the server worded it (Vietnamese by default), announced to screen readers. */
export function ErrorAlert({ error, title, action }: { error: unknown; title?: ReactNode; action?: ReactNode }) {
  const t = useT();
  if (!error) return null;
  const message = isApiError(error) ? error.message : t('common.unexpectedError');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? message}
      description={title ? message : undefined}
      action={action}
      style={{ marginBottom: 16 }}
    />
  );
}
