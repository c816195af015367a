import { useNavigate } from 'react-router';
import { Button, Result } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useT } from '@/i18n';
import { ErrorAlert } from './ErrorAlert';

/** A record page whose record could not be loaded: 404 (absent or outside the user's scope) or the error. */
export function NotFoundInline({ error, backTo, backLabel }: { error: unknown; backTo: string; backLabel: string }) {
  const t = useT();
  const navigate = useNavigate();
  const back = (
    <Button type="primary" onClick={() => void navigate(backTo)}>
      {backLabel}
    </Button>
  );
  if (isApiError(error) && error.status === 404)
    return (
      <Result status="404" title={<h1 className="result-title">{t('notFound.recordTitle')}</h1>} subTitle={error.message} extra={back} />
    );
  return (
    <>
      <ErrorAlert error={error} />
      {back}
    </>
  );
}
