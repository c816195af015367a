import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, Form, Input, QRCode, Row, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useT } from '@/i18n';
import { meQueryKey } from '../api/get-me';
import { useStartTotpSetup } from '../api/totp-setup';
import { useConfirmTotp } from '../api/totp-confirm';

/**
 * Second-factor enrolment: ask the server for a secret, show it (QR code, the secret, the otpauth URL
 * as text for apps without a camera), then confirm with a first 6-digit code.
 */
export function TotpEnrolment({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const setup = useStartTotpSetup();
  const confirm = useConfirmTotp();

  if (!setup.data) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('totp.intro')}</Typography.Paragraph>
        <ErrorAlert error={setup.error} />
        <Button type="primary" icon={<SafetyCertificateOutlined />} loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('totp.start')}
        </Button>
      </Space>
    );
  }

  const { secret, otpauthUrl } = setup.data;
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} md={9}>
        <Typography.Paragraph strong>{t('totp.step1')}</Typography.Paragraph>
        <QRCode value={otpauthUrl} size={180} bordered aria-label={t('totp.qrLabel')} type="svg" />
      </Col>
      <Col xs={24} md={15}>
        <Typography.Paragraph strong>{t('totp.step1b')}</Typography.Paragraph>
        <dl className="totp-secret">
          <dt>{t('totp.secret')}</dt>
          <dd>
            <Typography.Text code copyable={{ text: secret }} className="mono-break" data-testid="totp-secret">
              {secret}
            </Typography.Text>
          </dd>
          <dt>{t('totp.url')}</dt>
          <dd>
            <Typography.Text copyable={{ text: otpauthUrl }} className="mono-break" data-testid="totp-url">
              {otpauthUrl}
            </Typography.Text>
          </dd>
        </dl>
        <Typography.Paragraph strong>{t('totp.step2')}</Typography.Paragraph>
        <ErrorAlert error={confirm.error} />
        <Form
          layout="vertical"
          requiredMark={false}
          onFinish={(v: { code: string }) =>
            confirm.mutate(
              { code: v.code.trim() },
              {
                onSuccess: () => {
                  message.success(t('totp.enabled'));
                  void qc.invalidateQueries({ queryKey: meQueryKey });
                  onDone?.();
                },
              },
            )
          }
        >
          <Form.Item
            label={t('login.totpCode')}
            name="code"
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('totp.codeFormat') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={confirm.isPending}>
            {t('totp.confirm')}
          </Button>
        </Form>
        <Alert type="info" showIcon style={{ marginTop: 16 }} title={t('totp.keepSecret')} />
      </Col>
    </Row>
  );
}
