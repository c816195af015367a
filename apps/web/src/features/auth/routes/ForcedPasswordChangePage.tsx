import { Alert, Card } from 'antd';
import { PageHeader } from '@/components/PageHeader';
import { useT } from '@/i18n';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** After an administrator set or reset the password, the user chooses their own before going on. */
export function ForcedPasswordChangePage() {
  const t = useT();
  return (
    <div className="narrow-page">
      <PageHeader title={t('password.mustChangeTitle')} />
      <Alert type="info" showIcon title={t('password.mustChangeText')} style={{ marginBottom: 16 }} />
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
