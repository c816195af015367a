import { App, Button, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select';
import { paths } from '@/lib/paths';
import { useCreateCluster } from '../api/create-cluster';
import { useClusterText } from './text';

type Level = 'central' | 'ministry' | 'province';
type Mode = 'peers' | 'leader_secretariat' | 'peers_and_secretariat';
interface Values {
  code?: string;
  name?: string;
  kind: 'cluster' | 'block';
  organiserOrgId?: string | null;
  organiserLevel: Level;
  assessmentMode: Mode;
  bangKhenCount?: number | null;
  ballotPercent?: number | null;
  note?: string;
}

/** The secretariat creates a cluster or block; the new cluster's page opens (members are added there). */
export function CreateClusterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, mode } = useClusterText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateCluster();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) => {
    const note = v.note?.trim().normalize('NFC');
    create.mutate(
      {
        code: v.code!.trim(),
        name: v.name!.trim().normalize('NFC'),
        kind: v.kind,
        organiserOrgId: v.organiserOrgId!,
        organiserLevel: v.organiserLevel,
        assessmentMode: v.assessmentMode,
        ...(v.bangKhenCount != null ? { bangKhenCount: v.bangKhenCount } : {}),
        ...(v.ballotPercent != null ? { ballotPercent: v.ballotPercent } : {}),
        ...(note ? { note } : {}),
      },
      {
        onSuccess: (c) => {
          void message.success(t('clusters.create.done', { name: c.name }));
          form.resetFields();
          onClose();
          void navigate(paths.cluster(c.id));
        },
      },
    );
  };
  return (
    <Modal open={open} title={t('clusters.create.title')} onCancel={onClose} footer={null} destroyOnHidden width={720}>
      <Form<Values>
        form={form}
        name="cluster-create"
        layout="vertical"
        disabled={create.isPending}
        initialValues={{ kind: 'cluster', organiserLevel: 'province', assessmentMode: 'peers', bangKhenCount: 2, ballotPercent: 50 }}
        onFinish={onFinish}
      >
        <ErrorAlert error={create.error} />
        <Space wrap size="large" align="start">
          <Form.Item name="code" label={t('clusters.create.code')} rules={[{ required: true, whitespace: true, message: t('clusters.create.codeRequired') }]}>
            <Input maxLength={40} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('clusters.create.kind')}>
            <Radio.Group options={[{ value: 'cluster', label: t('clusters.create.kind.cluster') }, { value: 'block', label: t('clusters.create.kind.block') }]} />
          </Form.Item>
        </Space>
        <Form.Item name="name" label={t('clusters.create.name')} rules={[{ required: true, whitespace: true, message: t('clusters.create.nameRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item name="organiserOrgId" label={t('clusters.create.organiser')} rules={[{ required: true, message: t('clusters.create.organiserRequired') }]}>
            <OrganisationSelect style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="organiserLevel" label={t('clusters.create.level')}>
            <Select<Level> style={{ width: 200 }} options={(['central', 'ministry', 'province'] as const).map((l) => ({ value: l, label: t(`clusters.create.level.${l}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="assessmentMode" label={t('clusters.create.mode')}>
          <Radio.Group options={(['peers', 'leader_secretariat', 'peers_and_secretariat'] as const).map((m) => ({ value: m, label: mode(m) }))} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="bangKhenCount" label={t('clusters.create.bangKhenCount')}>
            <InputNumber min={0} max={20} precision={0} />
          </Form.Item>
          <Form.Item name="ballotPercent" label={t('clusters.create.ballotPercent')}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('clusters.create.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('clusters.create.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
