import { App, Button, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, toIso, type Dayjs } from '@/lib/dates';
import type { ClusterYearOverviewView } from '../api/get-year-overview';
import { useAddConference } from '../api/add-conference';
import { useClusterText } from './text';

interface Values {
  kind: 'mid_year' | 'year_end';
  heldOn?: Dayjs | null;
  place?: string;
  hostOrgId?: string;
  participants?: string;
  minutes?: string;
}
const nfc = (s: string | undefined) => (s?.trim() ? s.trim().normalize('NFC') : undefined);

/** Records a mid-year or year-end conference: kind, date, place, host, participants (one a line), minutes. */
export function ConferenceForm({ clusterId, year, overview }: { clusterId: string; year: number; overview: ClusterYearOverviewView }) {
  const { t, conference } = useClusterText();
  const { message } = App.useApp();
  const add = useAddConference();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) => {
    const place = nfc(v.place);
    const minutes = nfc(v.minutes);
    const participants = (v.participants ?? '').split('\n').map((s) => s.trim().normalize('NFC')).filter(Boolean);
    add.mutate(
      { id: clusterId, year, body: { kind: v.kind, heldOn: toIso(v.heldOn!), ...(place ? { place } : {}), ...(v.hostOrgId ? { hostOrgId: v.hostOrgId } : {}), participants, ...(minutes ? { minutes } : {}) } },
      { onSuccess: () => { form.resetFields(); void message.success(t('clusters.conferenceForm.done')); } },
    );
  };
  return (
    <Form<Values> form={form} name="cluster-conference" layout="vertical" initialValues={{ kind: 'year_end' }} onFinish={onFinish} disabled={add.isPending} style={{ maxWidth: 820 }}>
      <ErrorAlert error={add.error} />
      <Space wrap size="large">
        <Form.Item name="kind" label={t('clusters.conferenceForm.kind')}>
          <Radio.Group options={(['mid_year', 'year_end'] as const).map((k) => ({ value: k, label: conference(k) }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('clusters.conferenceForm.heldOn')} rules={[{ required: true, message: t('clusters.conferenceForm.heldOnRequired') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
        </Form.Item>
      </Space>
      <Space wrap size="large">
        <Form.Item name="place" label={t('clusters.conferenceForm.place')}>
          <Input maxLength={300} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="hostOrgId" label={t('clusters.conferenceForm.host')}>
          <Select allowClear style={{ width: 260 }} options={overview.members.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))} />
        </Form.Item>
      </Space>
      <Form.Item name="participants" label={t('clusters.conferenceForm.participants')} extra={t('clusters.conferenceForm.participantsHelp')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="minutes" label={t('clusters.conferenceForm.minutes')}>
        <Input.TextArea rows={4} maxLength={50_000} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        {t('clusters.conferenceForm.submit')}
      </Button>
    </Form>
  );
}
