import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDateTime, toIso, type Dayjs } from '@/lib/dates';
import { fold } from '@/lib/text';
import { useI18n, type TKey } from '@/i18n';
import { useAddParameterOverride } from '../api/add-parameter-override';
import { useParameters, type Parameter } from '../api/list-parameters';
import { parameterText } from '../components/parameter-text';

type Fmt = ReturnType<typeof useI18n>;

function valueText(p: Pick<Parameter, 'unit'>, v: unknown, { t, fmtNumber }: Fmt): string {
  if (v === null || v === undefined) return p.unit === 'percent' ? t('elig.param.noCap') : '—';
  if (typeof v === 'boolean') return v ? t('elig.param.yes') : t('elig.param.no');
  if (typeof v === 'number') {
    const n = fmtNumber(v);
    if (p.unit === 'percent') return `${n}%`;
    if (p.unit === 'working_days') return t('elig.param.workingDays', { n });
    if (p.unit === 'multiplier') return t('elig.param.times', { n });
    return n;
  }
  return String(v);
}

interface OverrideValues {
  value?: number | string | boolean | null;
  noCap?: boolean;
  effectiveFrom: Dayjs;
  organisationId?: string | null;
  reason: string;
}

function OverrideModal({ p, onClose }: { p: Parameter; onClose: () => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const text = parameterText(locale, p);
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideValues>();
  const add = useAddParameterOverride();
  const noCap = Form.useWatch('noCap', form);
  const isNumber = ['percent', 'count', 'working_days', 'multiplier'].includes(p.unit);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const value = p.unit === 'percent' && v.noCap ? null : (v.value ?? null);
    add.mutate(
      { key: p.key, body: { value, effectiveFrom: toIso(v.effectiveFrom), organisationId: v.organisationId ?? null, reason: v.reason } },
      {
        onSuccess: () => {
          void message.success(t('elig.param.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('elig.param.overrideTitle', { key: p.key })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{text.description}</Typography.Paragraph>
      <Typography.Paragraph className="small">
        {t('elig.param.default')}: <strong>{valueText(p, p.default, i18n)}</strong> — {text.basis}
      </Typography.Paragraph>
      <ErrorAlert error={add.error} />
      <Form<OverrideValues>
        form={form}
        layout="vertical"
        name="parameter-override"
        initialValues={{ value: p.default as never, effectiveFrom: dayjs(), organisationId: null, noCap: false }}
      >
        {p.unit === 'percent' ? (
          <Form.Item name="noCap" valuePropName="checked">
            <Checkbox>{t('elig.param.noCapCheck')}</Checkbox>
          </Form.Item>
        ) : null}
        {p.unit === 'flag' ? (
          <Form.Item name="value" label={t('elig.param.value')} rules={[{ required: true, message: t('common.required') }]}>
            <Select
              options={[
                { value: true, label: t('elig.param.yes') },
                { value: false, label: t('elig.param.no') },
              ]}
            />
          </Form.Item>
        ) : isNumber ? (
          <Form.Item
            name="value"
            label={`${t('elig.param.value')} (${t(`elig.param.unit.${p.unit}` as TKey)})`}
            rules={noCap ? [] : [{ required: true, message: t('common.required') }]}
          >
            <InputNumber
              min={0}
              max={p.unit === 'percent' ? 100 : undefined}
              precision={p.unit === 'multiplier' ? 2 : 0}
              disabled={Boolean(noCap)}
              style={{ width: '100%' }}
              decimalSeparator=","
            />
          </Form.Item>
        ) : (
          <Form.Item name="value" label={t('elig.param.value')} rules={[{ required: true, message: t('common.required') }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item name="effectiveFrom" label={t('elig.param.effectiveFrom')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('elig.param.organisation')} extra={t('elig.param.organisationHint')}>
          <OrganisationSelect aria-label={t('elig.param.organisation')} placeholder={t('elig.param.wholeSystem')} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('elig.param.reason')}
          rules={[
            { required: true, message: t('common.required') },
            { min: 5, message: t('elig.param.reasonMin') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** "Tham số": the rule parameters with their default, legal basis and status; administrators add dated overrides. */
export default function ParametersPage() {
  const i18n = useI18n();
  const { t, fmtDate, locale } = i18n;
  const params = useParameters();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Parameter | null>(null);
  const rows = useMemo(() => {
    const f = fold(q.trim());
    // Both languages are searched, so a Vietnamese citation finds the parameter in English too.
    return (params.data?.items ?? []).filter(
      (p) => !f || fold(`${p.key} ${p.description} ${p.basis} ${p.descriptionEn ?? ''} ${p.basisEn ?? ''}`).includes(f),
    );
  }, [params.data, q]);

  const current = (p: Parameter) => {
    const today = toIso(dayjs());
    const o = p.overrides
      .filter((x) => x.organisationId === null && x.effectiveFrom <= today)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
    return o ? o.value : p.default;
  };

  const columns: TableColumnsType<Parameter> = [
    {
      title: t('elig.param.key'),
      key: 'key',
      render: (_v, p) => (
        <Space orientation="vertical" size={2}>
          <span>{parameterText(locale, p).description}</span>
          <Space size={4} wrap>
            <Typography.Text code className="small">
              {p.key}
            </Typography.Text>
            {p.ruleSet ? <Tag>{t(`elig.ruleSetShort.${p.ruleSet}` as TKey)}</Tag> : null}
            {p.status === 'uncertain' ? (
              <Tooltip title={t('elig.param.uncertainHint')}>
                <Tag color="orange" tabIndex={0}>
                  {t('elig.param.uncertain')}
                </Tag>
              </Tooltip>
            ) : null}
          </Space>
        </Space>
      ),
    },
    { title: t('elig.param.default'), key: 'default', width: 140, render: (_v, p) => valueText(p, p.default, i18n) },
    {
      title: t('elig.param.current'),
      key: 'current',
      width: 140,
      responsive: ['md'],
      render: (_v, p) => <strong>{valueText(p, current(p), i18n)}</strong>,
    },
    {
      title: t('elig.param.basis'),
      key: 'basis',
      responsive: ['lg'],
      render: (_v, p) => <span className="small">{parameterText(locale, p).basis}</span>,
    },
    {
      title: <span className="sr-only">{t('common.actions')}</span>,
      key: 'a',
      width: 120,
      render: (_v, p) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)} aria-label={t('elig.param.overrideFor', { key: p.key })}>
          {t('elig.param.override')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('elig.param.title')} subtitle={t('elig.param.subtitle')} />
      <Card>
        <ErrorAlert error={params.error} />
        <Input.Search
          aria-label={t('elig.param.search')}
          placeholder={t('elig.param.search')}
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ maxWidth: 420, marginBottom: 12 }}
        />
        <Table<Parameter>
          rowKey={(p) => `${p.key}|${p.ruleSet ?? ''}`}
          size="small"
          loading={params.isPending}
          dataSource={rows}
          columns={columns}
          caption={<span className="sr-only">{t('elig.param.title')}</span>}
          pagination={false}
          scroll={{ x: 640 }}
          data-testid="parameters"
          expandable={{
            rowExpandable: () => true,
            expandedRowRender: (p) => (
              <div>
                <Typography.Paragraph className="small" style={{ marginBottom: 8 }}>
                  <strong>{t('elig.param.basis')}:</strong> {parameterText(locale, p).basis}
                </Typography.Paragraph>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[...p.overrides].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
                  caption={<span className="small">{t('elig.param.history', { n: p.overrides.length })}</span>}
                  locale={{ emptyText: t('elig.param.noOverrides') }}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('elig.param.value'), key: 'v', render: (_v, o) => valueText(p, o.value, i18n) },
                    { title: t('elig.param.effectiveFrom'), dataIndex: 'effectiveFrom', render: (d: string) => fmtDate(d) },
                    {
                      title: t('elig.param.organisation'),
                      dataIndex: 'organisationId',
                      render: (id: string | null) => (id ? <OrganisationName id={id} /> : t('elig.param.wholeSystem')),
                    },
                    { title: t('elig.param.reason'), dataIndex: 'reason' },
                    { title: t('elig.param.by'), key: 'by', render: (_v, o) => `${o.createdBy}, ${fmtDateTime(o.createdAt)}` },
                  ]}
                />
              </div>
            ),
          }}
        />
      </Card>
      {editing ? <OverrideModal p={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
