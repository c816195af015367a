import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, DatePicker, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCreateMovement, type CreateMovementBody } from '../api/create-movement';
import { KIND_LABEL } from '../components/text';

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
  const navigate = useNavigate();
  const create = useCreateMovement();
  const [form] = Form.useForm<Values>();
  const [targets, setTargets] = useState<string[]>([]);
  const [picking, setPicking] = useState<string | null>(null);
  const defaultOrg = user.roles.find((r) => MANAGER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? user.homeOrgId ?? null;

  const addTarget = (id: string | null) => {
    if (id && !targets.includes(id)) setTargets((t) => [...t, id]);
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
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.movements}>← Về danh sách phong trào</Link>
      </nav>
      <PageHeader title="Phát động phong trào thi đua" subtitle="Phong trào được gửi tới các đơn vị hưởng ứng; đơn vị và cá nhân đăng ký thi đua ở trang phong trào." />
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
          <Form.Item name="title" label="Tên phong trào" rules={[{ required: true, whitespace: true, message: 'Nhập tên phong trào.' }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Space wrap align="start" size="large">
            <Form.Item name="authorityOrgId" label="Cơ quan, đơn vị phát động" rules={[{ required: true, message: 'Chọn cơ quan phát động.' }]}>
              <OrganisationSelect style={{ width: 380 }} />
            </Form.Item>
            <Form.Item
              name="authorityLabel"
              label="Cấp phát động (ghi trên văn bản)"
              tooltip="Ví dụ: Ủy ban nhân dân tỉnh Hưng Yên, Thủ tướng Chính phủ"
              rules={[{ required: true, whitespace: true, message: 'Nhập cấp phát động.' }]}
            >
              <Input maxLength={300} style={{ width: 380 }} />
            </Form.Item>
          </Space>
          <Form.Item name="kind" label="Hình thức thi đua">
            <Radio.Group options={(Object.keys(KIND_LABEL) as (keyof typeof KIND_LABEL)[]).map((k) => ({ value: k, label: KIND_LABEL[k] }))} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="periodFrom" label="Thời gian thực hiện từ ngày">
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
            <Form.Item
              name="periodTo"
              label="Đến ngày"
              dependencies={['periodFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) => {
                    const from = getFieldValue('periodFrom') as Dayjs | null;
                    return !v || !from || !v.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error('Ngày kết thúc trước ngày bắt đầu.'));
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
            <Form.Item name="launchedOn" label="Ngày phát động">
              <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
            </Form.Item>
          </Space>
          <Form.Item name="objectives" label="Mục tiêu">
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
          <Form.Item name="criteria" label="Nội dung, tiêu chí thi đua">
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Typography.Title level={2} className="card-title">
            Đơn vị hưởng ứng
          </Typography.Title>
          <Space style={{ marginBottom: 12 }}>
            <OrganisationSelect aria-label="Thêm đơn vị hưởng ứng" value={picking} onChange={addTarget} style={{ width: 420 }} placeholder="Gõ tên đơn vị để thêm" />
          </Space>
          <Table<{ id: string }>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={targets.map((id) => ({ id }))}
            locale={{ emptyText: 'Chưa chọn đơn vị nào (phong trào vẫn có thể được đăng ký bởi các đơn vị trong phạm vi).' }}
            columns={[
              { title: 'Đơn vị', key: 'name', render: (_, r) => <OrganisationName id={r.id} link={false} /> },
              {
                title: '',
                key: 'remove',
                width: 60,
                render: (_, r) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label="Bỏ đơn vị" onClick={() => setTargets((t) => t.filter((x) => x !== r.id))} />
                ),
              },
            ]}
          />
          <Button type="primary" htmlType="submit" loading={create.isPending} style={{ marginTop: 16 }}>
            Phát động
          </Button>
        </Form>
      </Card>
    </>
  );
}
