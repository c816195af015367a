import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, DatePicker, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useT } from '@/i18n';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCreateMovement, type CreateMovementBody } from '../api/create-movement';
import { KIND_LABEL, MOVEMENT_KINDS } from '../components/text';

interface Values {
  title?: string;
  authorityOrgId?: string | null;
  authorityLabel?: string;
  kind?: CreateMovementBody['kind'];
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  launchedOn?: Dayjs | null;
  objectives?: string;
  criteria?: string;
}

const MANAGER_ROLES = new Set(['board_officer', 'cluster_secretariat', 'admin']);

/** "Phát động phong trào thi đua": the authority, kind, period, objectives, criteria and the units it is cascaded to. */
export default function MovementCreatePage() {
  const { user } = useSession();
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateMovement();
  const [form] = Form.useForm<Values>();
  const [targets, setTargets] = useState<string[]>([]);
  const [picking, setPicking] = useState<string | null>(null);
  const defaultOrg = user.roles.find((r) => MANAGER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? user.homeOrgId ?? null;

  const addTarget = (id: string | null) => {
    if (id && !targets.includes(id)) setTargets((ts) => [...ts, id]);
    setPicking(null);
  };

  const onFinish = (v: Values) => {
    const body: CreateMovementBody = {
      title: (v.title ?? '').trim().normalize('NFC'),
      authorityOrgId: v.authorityOrgId ?? '',
      authorityLabel: (v.authorityLabel ?? '').trim().normalize('NFC'),
      kind: v.kind ?? 'regular',
      ...(v.periodFrom ? { periodFrom: toIso(v.periodFrom) } : {}),
      ...(v.periodTo ? { periodTo: toIso(v.periodTo) } : {}),
      ...(v.launchedOn ? { launchedOn: toIso(v.launchedOn) } : {}),
      ...(v.objectives?.trim() ? { objectives: v.objectives.trim().normalize('NFC') } : {}),
      ...(v.criteria?.trim() ? { criteria: v.criteria.trim().normalize('NFC') } : {}),
      targetOrgIds: targets,
    };
    create.mutate(body, { onSuccess: (m) => void navigate(paths.movement(m.id)) });
  };

  return (
    <>
      <nav aria-label={t('movements.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.movements}>{t('movements.backToList')}</Link>
      </nav>
      <PageHeader title={t('movements.create.title')} subtitle={t('movements.create.subtitle')} />
      <Card>
        <ErrorAlert error={create.error} />
        <Form<Values>
          name="movement-create"
          form={form}
          layout="vertical"
          style={{ maxWidth: 900 }}
          initialValues={{ authorityOrgId: defaultOrg, kind: 'regular', launchedOn: dayjs() }}
          onFinish={onFinish}
          disabled={create.isPending}
        >
          <Form.Item name="title" label={t('movements.field.title')} rules={[{ required: true, whitespace: true, message: t('movements.create.titleRequired') }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Space wrap align="start" size="large">
            <Form.Item name="authorityOrgId" label={t('movements.create.authority')} rules={[{ required: true, message: t('movements.create.authorityRequired') }]}>
              <OrganisationSelect style={{ width: 380 }} />
            </Form.Item>
            <Form.Item
              name="authorityLabel"
              label={t('movements.create.authorityLabel')}
              tooltip={t('movements.create.authorityLabelHint')}
              rules={[{ required: true, whitespace: true, message: t('movements.create.authorityLabelRequired') }]}
            >
              <Input maxLength={300} style={{ width: 380 }} />
            </Form.Item>
          </Space>
          <Form.Item name="kind" label={t('movements.create.kind')}>
            <Radio.Group options={MOVEMENT_KINDS.map((k) => ({ value: k, label: KIND_LABEL(t)[k] }))} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="periodFrom" label={t('movements.create.periodFrom')}>
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
            <Form.Item
              name="periodTo"
              label={t('movements.create.periodTo')}
              dependencies={['periodFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) => {
                    const from = getFieldValue('periodFrom') as Dayjs | null;
                    return !v || !from || !v.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('movements.create.periodOrder')));
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
            <Form.Item name="launchedOn" label={t('movements.field.launchedOn')}>
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
          </Space>
          <Form.Item name="objectives" label={t('movements.field.objectives')}>
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
          <Form.Item name="criteria" label={t('movements.create.criteria')}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Typography.Title level={2} className="card-title">
            {t('movements.field.targets')}
          </Typography.Title>
          <Space style={{ marginBottom: 12 }}>
            <OrganisationSelect aria-label={t('movements.create.addTarget')} value={picking} onChange={addTarget} style={{ width: 420 }} placeholder={t('movements.create.addTargetPlaceholder')} />
          </Space>
          <Table<{ id: string }>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={targets.map((id) => ({ id }))}
            locale={{ emptyText: t('movements.create.noTargets') }}
            columns={[
              { title: t('movements.reg.unit'), key: 'name', render: (_, r) => <OrganisationName id={r.id} link={false} /> },
              {
                title: '',
                key: 'remove',
                width: 60,
                render: (_, r) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('movements.create.removeTarget')} onClick={() => setTargets((ts) => ts.filter((x) => x !== r.id))} />
                ),
              },
            ]}
          />
          <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
            {t('movements.create.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
