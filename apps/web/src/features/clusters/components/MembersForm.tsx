import { App, Button, Checkbox, DatePicker, Divider, Form, Input, Space, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { useAddClusterMember } from '../api/add-member';
import { useAssignSuccessors } from '../api/assign-successors';
import { useClusterText } from './text';

interface MemberValues {
  organisationId?: string | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  womenPreference?: boolean;
  note?: string;
}
interface SuccessorValues {
  date?: Dayjs | null;
  note?: string;
}
const nfc = (s: string | undefined) => (s?.trim() ? s.trim().normalize('NFC') : undefined);

/** Adds a member from a date (defaults to 1 January of the year shown) and assigns the 2025 successors. */
export function MembersForm({ clusterId, year }: { clusterId: string; year: number }) {
  const { t } = useClusterText();
  const { message } = App.useApp();
  const add = useAddClusterMember();
  const succ = useAssignSuccessors();
  const [form] = Form.useForm<MemberValues>();
  const [sform] = Form.useForm<SuccessorValues>();
  const onAdd = (v: MemberValues) => {
    const note = nfc(v.note);
    add.mutate(
      { id: clusterId, body: { organisationId: v.organisationId!, validFrom: toIso(v.validFrom!), ...(v.validTo ? { validTo: toIso(v.validTo) } : {}), ...(v.womenPreference ? { womenPreference: true } : {}), ...(note ? { note } : {}) } },
      { onSuccess: () => { form.resetFields(['organisationId', 'note', 'validTo', 'womenPreference']); void message.success(t('clusters.memberForm.done')); } },
    );
  };
  const onSucc = (v: SuccessorValues) => {
    const note = nfc(v.note);
    succ.mutate({ id: clusterId, body: { date: toIso(v.date!), ...(note ? { note } : {}) } }, { onSuccess: () => void message.success(t('clusters.successors.done')) });
  };
  return (
    <>
      <Form<MemberValues> form={form} name="cluster-member" layout="vertical" initialValues={{ validFrom: dayjs(`${year}-01-01`) }} onFinish={onAdd} disabled={add.isPending}>
        <ErrorAlert error={add.error} />
        <Space wrap size="large" align="start">
          <Form.Item name="organisationId" label={t('clusters.memberForm.organisation')} rules={[{ required: true, message: t('clusters.memberForm.organisationRequired') }]}>
            <OrganisationSelect asOf={`${year}-12-31`} style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="validFrom" label={t('clusters.memberForm.from')} rules={[{ required: true, message: t('clusters.memberForm.fromRequired') }]}>
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={t('clusters.memberForm.to')}
            dependencies={['validFrom']}
            rules={[({ getFieldValue }) => ({ validator: async (_, v: Dayjs | null | undefined) => { const f = getFieldValue('validFrom') as Dayjs | null; if (v && f && !v.isAfter(f)) throw new Error(t('clusters.memberForm.toBeforeFrom')); } })]}
          >
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
          </Form.Item>
        </Space>
        <Form.Item name="womenPreference" valuePropName="checked">
          <Checkbox>{t('clusters.members.women')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('clusters.members.note')}>
          <Input maxLength={2000} style={{ maxWidth: 640 }} />
        </Form.Item>
        <Button htmlType="submit" loading={add.isPending}>
          {t('clusters.memberForm.submit')}
        </Button>
      </Form>
      <Divider />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('clusters.successors.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('clusters.successors.help')}</Typography.Paragraph>
      <Form<SuccessorValues> form={sform} name="cluster-successors" layout="vertical" initialValues={{ date: dayjs('2025-07-01') }} onFinish={onSucc} disabled={succ.isPending}>
        <ErrorAlert error={succ.error} />
        <Space wrap size="large" align="start">
          <Form.Item name="date" label={t('clusters.successors.date')} rules={[{ required: true, message: t('clusters.memberForm.fromRequired') }]}>
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
          </Form.Item>
          <Form.Item name="note" label={t('clusters.successors.note')}>
            <Input maxLength={2000} style={{ width: 420 }} />
          </Form.Item>
        </Space>
        <Button htmlType="submit" loading={succ.isPending}>
          {t('clusters.successors.submit')}
        </Button>
      </Form>
    </>
  );
}
