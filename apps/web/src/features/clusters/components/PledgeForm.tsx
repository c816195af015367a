import { App, Button, Checkbox, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, fromIso, toIso, type Dayjs } from '@/lib/dates';
import type { ClusterYearOverviewView } from '../api/get-year-overview';
import { useSavePledge } from '../api/save-pledge';
import { useClusterText } from './text';

interface Signature {
  organisationId?: string;
  name?: string;
  signs: boolean;
  signatory?: string;
  signedOn?: Dayjs | null;
}
interface Values {
  signedOn?: Dayjs | null;
  place?: string;
  commitments: { text?: string }[];
  signatures: Signature[];
}

const nfc = (s: string | undefined) => (s?.trim() ? s.trim().normalize('NFC') : undefined);

/** The year's pledge: numbered commitments (numbered in the order shown) and each member's signature. */
export function PledgeForm({ clusterId, year, overview, onDone }: { clusterId: string; year: number; overview: ClusterYearOverviewView; onDone?: () => void }) {
  const { t } = useClusterText();
  const { message } = App.useApp();
  const save = useSavePledge();
  const [form] = Form.useForm<Values>();
  const p = overview.pledge;
  const initial: Values = {
    signedOn: fromIso(p.signedOn),
    place: p.place ?? '',
    commitments: p.commitments.length ? [...p.commitments].sort((a, b) => a.number - b.number).map((c) => ({ text: c.text })) : [{ text: '' }],
    signatures: overview.members.map((m) => {
      const s = p.signatures.find((x) => x.organisation.id === m.organisation.id);
      return { organisationId: m.organisation.id, name: m.organisation.name, signs: !!s || !p.commitments.length, signatory: s?.signatory ?? '', signedOn: fromIso(s?.date) };
    }),
  };
  const onFinish = (v: Values) => {
    const signedOn = v.signedOn ? toIso(v.signedOn) : undefined;
    const place = nfc(v.place);
    save.mutate(
      {
        id: clusterId,
        year,
        body: {
          ...(signedOn ? { signedOn } : {}),
          ...(place ? { place } : {}),
          commitments: v.commitments.map((c, i) => ({ number: i + 1, text: nfc(c.text) ?? '' })),
          // Only the registered fields come back from the form: the member is the row's position.
          signatures: v.signatures.flatMap((s, i) => {
            const org = initial.signatures[i];
            if (!s.signs || !org?.organisationId) return [];
            const signatory = nfc(s.signatory);
            const date = s.signedOn ? toIso(s.signedOn) : signedOn;
            return [{ organisationId: org.organisationId, ...(signatory ? { signatory } : {}), ...(date ? { signedOn: date } : {}) }];
          }),
        },
      },
      { onSuccess: () => { void message.success(t('clusters.pledgeForm.done')); onDone?.(); } },
    );
  };
  return (
    <Form<Values> form={form} name="cluster-pledge" layout="vertical" initialValues={initial} onFinish={onFinish} disabled={save.isPending} aria-label={t('clusters.pledgeForm.title', { year })}>
      <ErrorAlert error={save.error} />
      <Space wrap size="large">
        <Form.Item name="signedOn" label={t('clusters.pledgeForm.signedOn')}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
        </Form.Item>
        <Form.Item name="place" label={t('clusters.pledgeForm.place')}>
          <Input maxLength={300} style={{ width: 320 }} />
        </Form.Item>
      </Space>
      <Typography.Text strong>{t('clusters.pledgeForm.commitments')}</Typography.Text>
      <Form.List
        name="commitments"
        rules={[{ validator: async (_, xs: unknown[]) => { if (!xs?.length) throw new Error(t('clusters.pledgeForm.atLeastOne')); } }]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" style={{ display: 'flex', marginTop: 8 }}>
                <Typography.Text style={{ width: 24, display: 'inline-block', paddingTop: 5 }}>{i + 1}.</Typography.Text>
                <Form.Item name={[f.name, 'text']} rules={[{ required: true, whitespace: true, message: t('clusters.pledgeForm.commitmentRequired') }]} style={{ marginBottom: 0 }}>
                  <Input.TextArea aria-label={t('clusters.pledgeForm.commitmentN', { n: i + 1 })} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} style={{ width: 640 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} danger aria-label={t('clusters.pledgeForm.removeCommitment', { n: i + 1 })} disabled={fields.length === 1} onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} style={{ margin: '8px 0 16px' }} onClick={() => add({ text: '' })} disabled={fields.length >= 50}>
              {t('clusters.pledgeForm.addCommitment')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Text strong>{t('clusters.pledgeForm.signatures')}</Typography.Text>
      <Form.List name="signatures">
        {(fields) => (
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            style={{ margin: '8px 0 16px' }}
            dataSource={fields}
            columns={[
              { title: t('clusters.members.member'), key: 'n', render: (_, f) => initial.signatures[f.name]?.name },
              {
                title: t('clusters.pledgeForm.signs'),
                key: 's',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'signs']} valuePropName="checked" noStyle>
                    <Checkbox aria-label={t('clusters.pledgeForm.signsOf', { name: initial.signatures[f.name]?.name ?? '' })} />
                  </Form.Item>
                ),
              },
              {
                title: t('clusters.pledgeForm.signatory'),
                key: 'p',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'signatory']} noStyle>
                    <Input aria-label={t('clusters.pledgeForm.signatoryOf', { name: initial.signatures[f.name]?.name ?? '' })} maxLength={300} />
                  </Form.Item>
                ),
              },
              {
                title: t('clusters.pledgeForm.signedOn'),
                key: 'd',
                render: (_, f) => (
                  <Form.Item name={[f.name, 'signedOn']} noStyle>
                    <DatePicker aria-label={t('clusters.pledgeForm.signedOnOf', { name: initial.signatures[f.name]?.name ?? '' })} format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
                  </Form.Item>
                ),
              },
            ]}
          />
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('clusters.pledgeForm.submit')}
      </Button>
    </Form>
  );
}
