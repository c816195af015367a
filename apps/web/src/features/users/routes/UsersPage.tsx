import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { App, Button, Card, Col, Dropdown, Input, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, KeyOutlined, LockOutlined, MoreOutlined, UnlockOutlined, UserAddOutlined } from '@ant-design/icons';
import type { User } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useSession } from '@/lib/session';
import { useI18n } from '@/i18n';
import { useUsers } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { UserFormModal } from '../components/UserFormModal';

const PAGE_SIZE = 20;

function StatusTags({ u }: { u: User }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {u.isActive ? <Tag color="green">{t('users.active')}</Tag> : <Tag color="red">{t('users.inactive')}</Tag>}
      {u.isDemo ? <Tag color="gold">{t('users.demo')}</Tag> : null}
      {u.totpEnabled ? <Tag color="blue">{t('users.totpOn')}</Tag> : null}
      {u.mustChangePassword ? <Tag>{t('users.mustChange')}</Tag> : null}
    </Space>
  );
}

/** "Người dùng" (administrators only): accounts, their roles and scopes, activation, password resets. */
export default function UsersPage() {
  const { t, fmtNumber } = useI18n();
  const { modal, message } = App.useApp();
  const { user: me } = useSession();
  const [sp, setSp] = useSearchParams();
  const q = sp.get('q') ?? '';
  const page = Math.max(1, Number(sp.get('trang')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const searchId = useId();
  const users = useUsers({ q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const setParam = (k: string, v: string | null) =>
    setSp((prev) => {
      const n = new URLSearchParams(prev);
      if (v) n.set(k, v);
      else n.delete(k);
      if (k !== 'trang') n.delete('trang');
      return n;
    });

  const toggleActive = (u: User) =>
    modal.confirm({
      title: u.isActive ? t('users.deactivateTitle', { name: u.username }) : t('users.activateTitle', { name: u.username }),
      content: u.isActive ? t('users.deactivateText') : t('users.activateText'),
      okText: u.isActive ? t('users.deactivate') : t('users.activate'),
      okButtonProps: { danger: u.isActive },
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync(
          { id: u.id, changes: { isActive: !u.isActive } },
          {
            onSuccess: () =>
              message.success(u.isActive ? t('users.deactivated', { name: u.username }) : t('users.activated', { name: u.username })),
            onError: (e) => message.error(e.message),
          },
        ),
    });

  const columns: TableColumnsType<User> = [
    {
      title: t('users.username'),
      dataIndex: 'username',
      render: (v: string, u) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong className="mono">
            {v}
          </Typography.Text>
          <Typography.Text type="secondary" className="show-xs-only">
            {u.displayName}
          </Typography.Text>
          <span className="show-xs-only">
            <StatusTags u={u} />
          </span>
        </Space>
      ),
    },
    { title: t('users.displayName'), dataIndex: 'displayName', responsive: ['sm'] },
    {
      title: t('users.roles'),
      key: 'roles',
      responsive: ['md'],
      render: (_v, u) => (
        <ul className="plain-list">
          {u.roles.map((g) => (
            <li key={`${g.role}-${g.scopeOrgId ?? 'all'}`}>
              {t(`roles.${g.role}` as MessageKey)} —{' '}
              <Typography.Text type="secondary">{g.scopeOrgName ?? t('users.nationwide')}</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
    {
      title: t('users.status'),
      key: 'status',
      responsive: ['sm'],
      render: (_v, u) => <StatusTags u={u} />,
    },
    {
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'actions',
      width: 1,
      render: (_v, u) => (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'edit', icon: <EditOutlined />, label: t('users.editRoles'), onClick: () => setEditing(u) },
              { key: 'reset', icon: <KeyOutlined />, label: t('users.resetPassword'), onClick: () => setResetting(u) },
              {
                key: 'active',
                icon: u.isActive ? <LockOutlined /> : <UnlockOutlined />,
                label: u.isActive ? t('users.deactivate') : t('users.activate'),
                danger: u.isActive,
                disabled: u.id === me.id,
                onClick: () => toggleActive(u),
              },
            ],
          }}
        >
          <Button icon={<MoreOutlined />} aria-label={t('users.actionsFor', { name: u.username })}>
            <span className="hide-xs">{t('common.actions')}</span>
          </Button>
        </Dropdown>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card className="filter-card">
        <Row>
          <Col xs={24} md={12}>
            <label htmlFor={searchId} className="field-label">
              {t('users.search')}
            </label>
            <Input.Search
              id={searchId}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => setParam('q', v.trim() || null)}
              allowClear
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={users.error} />
      <Table<User>
        rowKey="id"
        size="middle"
        caption={<span className="table-caption">{t('users.caption')}</span>}
        columns={columns}
        dataSource={users.data?.items ?? []}
        loading={users.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: users.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
          onChange: (p) => setParam('trang', p > 1 ? String(p) : null),
        }}
      />
      <UserFormModal open={creating || editing !== null} user={editing} onClose={() => (setCreating(false), setEditing(null))} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
