import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError, setCsrfToken } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';
import { useT } from '@/i18n';
import { meQueryKey, type MeResponse } from '../api/get-me';
import { useLogin, type LoginResponse } from '../api/login';
import { useLoginTotp } from '../api/login-totp';

const DEMO_ACCOUNTS = ['admin', 'chuyenvien', 'donvi', 'hoidong', 'lanhdao', 'cumthidua', 'kiemtra'];

function retryHint(e: unknown, t: ReturnType<typeof useT>): string | null {
  if (!isApiError(e) || e.code !== 'too_many_attempts') return null;
  const s = Number(e.details.retryAfterSeconds);
  return Number.isFinite(s) && s > 0 ? t('login.retryAfter', { minutes: Math.max(1, Math.ceil(s / 60)) }) : null;
}

/** Username and password, then (for accounts with a second factor) the 6-digit code. Enter submits. */
export function LoginPage({ expired, demo }: { expired: boolean; demo: boolean }) {
  const t = useT();
  usePageTitle(t('login.title'), t('app.name'));
  const qc = useQueryClient();
  const login = useLogin();
  const totp = useLoginTotp();
  const [mfaToken, setMfaToken] = useState<string | null>(null);

  const signedIn = (res: Extract<LoginResponse, { user: unknown }>) => {
    setCsrfToken(res.csrfToken);
    qc.setQueryData<MeResponse>(meQueryKey, { user: res.user, csrfToken: res.csrfToken, demo });
    void qc.invalidateQueries({ queryKey: meQueryKey });
  };

  const onPassword = (v: { username: string; password: string }) =>
    login.mutate(
      { username: v.username.trim(), password: v.password },
      {
        onSuccess: (res) => {
          if ('mfaRequired' in res) setMfaToken(res.mfaToken);
          else signedIn(res);
        },
      },
    );
  const onCode = (v: { code: string }) =>
    totp.mutate(
      { mfaToken: mfaToken!, code: v.code.trim() },
      {
        onSuccess: (res) => {
          if ('user' in res) signedIn(res);
        },
      },
    );

  const error = mfaToken ? totp.error : login.error;
  const hint = retryHint(error, t);

  return (
    <div className="login-wrap">
      <Card className="login-card">
        <div className="login-brand" aria-hidden>
          ★
        </div>
        <Typography.Title level={1} className="login-title">
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.longName')}
        </Typography.Paragraph>
        {expired && !error ? <Alert type="info" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} /> : null}
        <ErrorAlert error={error} action={hint ? <span>{hint}</span> : undefined} />
        {mfaToken === null ? (
          <Form layout="vertical" requiredMark={false} onFinish={onPassword} name="login" disabled={login.isPending}>
            <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                autoCapitalize="none"
                spellCheck={false}
                size="large"
              />
            </Form.Item>
            <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('login.submit')}
            </Button>
          </Form>
        ) : (
          <Form layout="vertical" requiredMark={false} onFinish={onCode} name="login-totp" disabled={totp.isPending}>
            <Typography.Paragraph>{t('login.totpIntro')}</Typography.Paragraph>
            <Form.Item
              label={t('login.totpCode')}
              name="code"
              rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('totp.codeFormat') }]}
            >
              <Input
                prefix={<SafetyOutlined aria-hidden />}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={totp.isPending}>
              {t('login.totpSubmit')}
            </Button>
            <Button
              type="link"
              block
              onClick={() => {
                setMfaToken(null);
                totp.reset();
              }}
            >
              {t('login.back')}
            </Button>
          </Form>
        )}
        {demo ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={t('login.demoAccounts')}
            description={
              <span>
                {DEMO_ACCOUNTS.map((a, i) => (
                  <span key={a}>
                    {i > 0 ? ', ' : ''}
                    <code>{a}</code>
                  </span>
                ))}
                . {t('login.demoPassword')}
              </span>
            }
          />
        ) : null}
      </Card>
    </div>
  );
}
