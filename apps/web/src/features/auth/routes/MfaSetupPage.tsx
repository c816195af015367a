import { Alert, Card } from 'antd';
import { PageHeader } from '@/components/PageHeader';
import { useT } from '@/i18n';
import { TotpEnrolment } from '../components/TotpEnrolment';

/** Shown instead of the app while an administrator has no second factor (403 `mfa_setup_required`). */
export function MfaSetupPage({ onDone }: { onDone: () => void }) {
  const t = useT();
  return (
    <div className="narrow-page">
      <PageHeader title={t('totp.requiredTitle')} />
      <Alert type="warning" showIcon title={t('errors.mfa_setup_required')} style={{ marginBottom: 16 }} />
      <Card>
        <TotpEnrolment onDone={onDone} />
      </Card>
    </div>
  );
}
