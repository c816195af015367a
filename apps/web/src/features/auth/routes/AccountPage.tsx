import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import type { MessageKey } from '@thidua/i18n';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName } from '@/components/organisation-select';
import { useSession } from '@/lib/session';
import { useT } from '@/i18n';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { TotpEnrolment } from '../components/TotpEnrolment';

export default function AccountPage() {
  const t = useT();
  const { user } = useSession();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('account.info')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('users.username')}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t('users.displayName')}>{user.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('users.homeOrg')}>
              <OrganisationName id={user.homeOrgId} />
            </Descriptions.Item>
            <Descriptions.Item label={t('users.totp')}>
              {user.totpEnabled ? <Tag color="green">{t('users.totpOn')}</Tag> : <Tag>{t('users.totpOff')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('users.roles')} span={2}>
              <ul className="plain-list">
                {user.roles.map((g) => (
                  <li key={`${g.role}-${g.scopeOrgId ?? 'all'}`}>
                    {t(`roles.${g.role}` as MessageKey)} —{' '}
                    <Typography.Text type="secondary">{g.scopeOrgName ?? t('users.nationwide')}</Typography.Text>
                  </li>
                ))}
              </ul>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={<h2 className="card-title">{t('password.title')}</h2>}>
          <ChangePasswordForm />
        </Card>
        <Card title={<h2 className="card-title">{t('totp.title')}</h2>}>
          {user.totpEnabled ? (
            <Typography.Paragraph>
              <CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden /> {t('totp.alreadyOn')}
            </Typography.Paragraph>
          ) : user.isDemo ? (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('totp.demoExempt')}
              </Typography.Paragraph>
              <TotpEnrolment />
            </Space>
          ) : (
            <TotpEnrolment />
          )}
        </Card>
      </Space>
    </>
  );
}
