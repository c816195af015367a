import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import type { User } from '@thidua/contracts';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { useT } from '@/i18n';
import { useResetPassword } from '../api/reset-password';
import { generatePassword } from './password-gen';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();
  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetTitle', { name: user.username }) : ''}
      okText={t('users.resetSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (!o) {
          form.resetFields();
          reset.reset();
        }
      }}
    >
      <Typography.Paragraph>{t('users.resetText')}</Typography.Paragraph>
      <ErrorAlert error={reset.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          user &&
          reset.mutate(
            { id: user.id, body: { newPassword: v.newPassword } },
            {
              onSuccess: () => {
                message.success(t('users.resetDone', { name: user.username }));
                onClose();
              },
              onError: (e) => {
                if (isApiError(e) && e.fieldIssues.newPassword)
                  form.setFields([{ name: 'newPassword', errors: [e.fieldIssues.newPassword] }]);
              },
            },
          )
        }
      >
        <Form.Item label={t('users.tempPassword')} required extra={t('users.tempPasswordHint')}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="newPassword"
              noStyle
              rules={[
                { required: true, message: t('common.required') },
                { min: 10, message: t('password.rule') },
              ]}
            >
              <Input.Password autoComplete="new-password" aria-label={t('users.tempPassword')} />
            </Form.Item>
            <Button icon={<ThunderboltOutlined />} onClick={() => form.setFieldsValue({ newPassword: generatePassword() })}>
              {t('users.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
