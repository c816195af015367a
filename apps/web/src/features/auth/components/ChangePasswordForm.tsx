import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { useT } from '@/i18n';
import { meQueryKey } from '../api/get-me';
import { useChangePassword } from '../api/change-password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The user's own password: the current one, then a new one twice (≥ 10 characters, server-checked). */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const onFinish = (v: Values) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          message.success(t('password.changed'));
          form.resetFields();
          void qc.invalidateQueries({ queryKey: meQueryKey });
          onDone?.();
        },
        onError: (e) => {
          if (!isApiError(e)) return;
          if (e.code === 'invalid_credentials') form.setFields([{ name: 'currentPassword', errors: [t('password.currentWrong')] }]);
          const issues = e.fieldIssues;
          if (issues.newPassword) form.setFields([{ name: 'newPassword', errors: [issues.newPassword] }]);
        },
      },
    );
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 420 }} name="change-password">
      <ErrorAlert error={change.error} />
      <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('common.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={t('password.rule')}
        rules={[
          { required: true, message: t('common.required') },
          { min: 10, message: t('password.rule') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required') },
          ({ getFieldValue }) => ({
            validator: (_r, v) =>
              !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
