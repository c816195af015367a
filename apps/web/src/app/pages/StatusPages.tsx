import { useNavigate } from 'react-router';
import { Button, Result } from 'antd';
import { usePageTitle } from '@/lib/use-page-title';
import { paths } from '@/lib/paths';
import { useT } from '@/i18n';

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('notFound.title'), t('app.name'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}

export function ForbiddenPage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('forbidden.title'), t('app.name'));
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{t('forbidden.title')}</h1>}
      subTitle={t('forbidden.text')}
      extra={
        <Button type="primary" onClick={() => void navigate(paths.home)}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
