import { App, Button, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
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
  documents?: { title?: string; number?: string; date?: Dayjs | null; url?: string }[];
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
    const documents = (v.documents ?? [])
      .filter((d) => nfc(d.title))
      .map((d) => ({ title: nfc(d.title)!, ...(nfc(d.number) ? { number: nfc(d.number)! } : {}), ...(d.date ? { date: toIso(d.date) } : {}), ...(nfc(d.url) ? { url: nfc(d.url)! } : {}) }));
    add.mutate(
      { id: clusterId, year, body: { kind: v.kind, heldOn: toIso(v.heldOn!), ...(place ? { place } : {}), ...(v.hostOrgId ? { hostOrgId: v.hostOrgId } : {}), participants, ...(minutes ? { minutes } : {}), documents } },
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
      <Typography.Text strong>{t('clusters.conferenceForm.documents')}</Typography.Text>
      <Form.List name="documents">
        {(fields, { add: addDoc, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} wrap align="start" style={{ display: 'flex', marginTop: 8 }}>
                <Form.Item name={[f.name, 'title']} label={t('clusters.conferenceForm.docTitle', { n: i + 1 })} rules={[{ required: true, whitespace: true, message: t('clusters.conferenceForm.docTitleRequired') }]}>
                  <Input maxLength={300} style={{ width: 300 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'number']} label={t('clusters.conferenceForm.docNumber', { n: i + 1 })}>
                  <Input maxLength={100} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'date']} label={t('clusters.conferenceForm.docDate', { n: i + 1 })}>
                  <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
                </Form.Item>
                <Form.Item name={[f.name, 'url']} label={t('clusters.conferenceForm.docUrl', { n: i + 1 })} rules={[{ pattern: /^https?:\/\//, message: t('clusters.conferenceForm.docUrlInvalid') }]}>
                  <Input maxLength={1000} style={{ width: 260 }} />
                </Form.Item>
                <Button onClick={() => remove(f.name)} style={{ marginTop: 30 }}>
                  {t('clusters.conferenceForm.removeDoc', { n: i + 1 })}
                </Button>
              </Space>
            ))}
            <Form.Item style={{ marginTop: 8 }}>
              <Button onClick={() => addDoc({})}>{t('clusters.conferenceForm.addDoc')}</Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Button htmlType="submit" loading={add.isPending}>
        {t('clusters.conferenceForm.submit')}
      </Button>
    </Form>
  );
}
