import { App, Button, Form, Input, Modal, Space } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import type { Role, User } from '@thidua/contracts';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select';
import { isApiError } from '@/lib/api-client';
import { useT } from '@/i18n';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { generatePassword } from './password-gen';
import { RoleGrantsField } from './RoleGrantsField';

interface Values {
  username: string;
  displayName: string;
  password: string;
  homeOrgId?: string | null;
  roles: { role: Role; scopeOrgId: string | null | undefined }[];
}

/** Create a user, or (with `user`) change the display name and roles of one. */
export function UserFormModal({ open, user, onClose }: { open: boolean; user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const editing = user !== null;
  const mutation = editing ? update : create;

  const fieldErrors = (e: unknown) => {
    if (!isApiError(e)) return;
    if (e.code === 'conflict') form.setFields([{ name: 'username', errors: [e.message] }]);
    const issues = e.fieldIssues;
    form.setFields(
      Object.entries(issues)
        .filter(([k]) => ['username', 'displayName', 'password', 'homeOrgId'].includes(k))
        .map(([name, msg]) => ({ name: name as keyof Values, errors: [msg] })),
    );
  };

  const onFinish = (v: Values) => {
    const roles = v.roles.map((g) => ({ role: g.role, scopeOrgId: g.scopeOrgId ?? null }));
    if (editing) {
      update.mutate(
        { id: user.id, changes: { displayName: v.displayName.trim().normalize('NFC'), roles } },
        {
          onSuccess: () => {
            message.success(t('users.saved'));
            onClose();
          },
          onError: fieldErrors,
        },
      );
    } else {
      create.mutate(
        {
          username: v.username.trim().toLowerCase(),
          displayName: v.displayName.trim().normalize('NFC'),
          password: v.password,
          ...(v.homeOrgId ? { homeOrgId: v.homeOrgId } : {}),
          roles,
        },
        {
          onSuccess: (u) => {
            message.success(t('users.created', { name: u.username }));
            onClose();
          },
          onError: fieldErrors,
        },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('users.editTitle', { name: user.username }) : t('users.createTitle')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={720}
      afterOpenChange={(o) => {
        if (!o) {
          form.resetFields();
          create.reset();
          update.reset();
        }
      }}
    >
      <ErrorAlert error={mutation.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name={editing ? 'edit-user' : 'create-user'}
        preserve={false}
        initialValues={
          editing
            ? { displayName: user.displayName, roles: user.roles.map((g) => ({ role: g.role, scopeOrgId: g.scopeOrgId })) }
            : { roles: [{ role: 'unit_officer', scopeOrgId: null }] }
        }
      >
        {editing ? null : (
          <Form.Item
            label={t('users.username')}
            name="username"
            extra={t('users.usernameHint')}
            rules={[
              { required: true, message: t('common.required') },
              { pattern: /^\s*[a-zA-Z0-9._-]{3,50}\s*$/, message: t('users.usernameHint') },
            ]}
          >
            <Input autoComplete="off" autoCapitalize="none" spellCheck={false} autoFocus />
          </Form.Item>
        )}
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 200 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        {editing ? null : (
          <>
            <Form.Item label={t('users.tempPassword')} required extra={t('users.tempPasswordHint')}>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item
                  name="password"
                  noStyle
                  rules={[
                    { required: true, message: t('common.required') },
                    { min: 10, message: t('password.rule') },
                  ]}
                >
                  <Input.Password autoComplete="new-password" aria-label={t('users.tempPassword')} visibilityToggle />
                </Form.Item>
                <Button icon={<ThunderboltOutlined />} onClick={() => form.setFieldsValue({ password: generatePassword() })}>
                  {t('users.generate')}
                </Button>
              </Space.Compact>
            </Form.Item>
            <Form.Item label={t('users.homeOrg')} name="homeOrgId">
              <OrganisationSelect />
            </Form.Item>
          </>
        )}
        <RoleGrantsField />
      </Form>
    </Modal>
  );
}
