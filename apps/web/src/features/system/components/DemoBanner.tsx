import { Alert, Grid } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useT } from '@/i18n';
import { useHealth } from '../api/get-health';

/** Shown on every page while the server runs in demo mode (CONTRACT.md): the data are not real. */
export function DemoBanner() {
  const t = useT();
  const health = useHealth();
  const wide = Grid.useBreakpoint().md ?? true;
  if (!health.data?.demo) return null;
  return (
    <Alert
      banner
      type="warning"
      icon={<ExperimentOutlined />}
      className="demo-banner"
      role="region"
      aria-label={t('demo.title')}
      data-testid="demo-banner"
      title={
        <span>
          <strong>{t('demo.title')}</strong> — {wide ? t('demo.explanation') : t('demo.short')}
        </span>
      }
    />
  );
}
