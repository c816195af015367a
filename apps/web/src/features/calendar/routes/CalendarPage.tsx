import { useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Form, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { CalculatorOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { useI18n, type TKey } from '@/i18n';
import { useAddWorkingDays } from '../api/add-working-days';
import { useHolidays, type Holiday } from '../api/get-holidays';

const KIND_LABELS: Record<string, TKey> = {
  official: 'cal.kind.official',
  pending: 'cal.kind.pending',
  statutory: 'cal.kind.statutory',
  compensatory: 'cal.kind.compensatory',
};

function weekday(iso: string): string {
  const s = dayjs(iso).format('dddd');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function WorkingDayCalculator() {
  const { t } = useI18n();
  const [form] = Form.useForm<{ from: Dayjs; days: number }>();
  const [input, setInput] = useState<{ from: string; days: number } | null>(null);
  const result = useAddWorkingDays(input);
  return (
    <Card title={<h2 className="card-title">{t('cal.calcTitle')}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">{t('cal.calcIntro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        className="calc-form"
        initialValues={{ from: dayjs(), days: 5 }}
        onFinish={(v) => setInput({ from: toIso(v.from), days: v.days })}
        name="working-days"
      >
        <Form.Item label={t('cal.from')} name="from" rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} allowClear={false} style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label={t('cal.days')} name="days" rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={result.isFetching}>
            {t('cal.compute')}
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ErrorAlert error={result.error} />
        {input && result.data ? (
          <Alert
            type="success"
            showIcon
            data-testid="working-day-result"
            title={
              <span>
                {t('cal.result', { n: input.days, from: fmtDate(input.from) })}{' '}
                <strong>
                  {weekday(result.data.date)}, {fmtDate(result.data.date)}
                </strong>
                .
              </span>
            }
          />
        ) : null}
      </div>
    </Card>
  );
}

function HolidayList() {
  const { t } = useI18n();
  const [year, setYear] = useState(() => dayjs().year());
  const holidays = useHolidays(year);
  const data = holidays.data;
  const makeUp = data?.schedule?.workingWeekendDays ?? [];
  const periods = data?.schedule?.periods ?? [];
  return (
    <Card title={<h2 className="card-title">{t('cal.holidaysTitle', { year })}</h2>}>
      <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text strong>
          <label htmlFor="holiday-year">{t('cal.year')}</label>
        </Typography.Text>
        <Space.Compact>
          <Button icon={<LeftOutlined />} aria-label={t('cal.prevYear')} onClick={() => setYear((y) => y - 1)} />
          <InputNumber
            id="holiday-year"
            value={year}
            min={1900}
            max={2199}
            precision={0}
            onChange={(v) => typeof v === 'number' && v >= 1900 && v <= 2199 && setYear(v)}
            style={{ width: 90 }}
          />
          <Button icon={<RightOutlined />} aria-label={t('cal.nextYear')} onClick={() => setYear((y) => y + 1)} />
        </Space.Compact>
      </Flex>
      <ErrorAlert error={holidays.error} />
      {data ? (
        <Typography.Paragraph>
          {data.official ? <Tag color="green">{t('cal.official')}</Tag> : <Tag color="orange">{t('cal.defaults')}</Tag>}{' '}
          <Typography.Text type="secondary">{data.official ? t('cal.officialHint') : t('cal.defaultsHint')}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Table<Holiday>
        rowKey={(h) => `${h.date}-${h.name}`}
        size="small"
        caption={<span className="sr-only">{t('cal.holidaysTitle', { year })}</span>}
        loading={holidays.isFetching}
        dataSource={data?.holidays ?? []}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cal.noHolidays')} /> }}
        columns={[
          { title: t('cal.date'), dataIndex: 'date', render: (d: string) => <span className="nowrap">{fmtDate(d)}</span>, width: 120 },
          { title: t('cal.weekday'), key: 'wd', render: (_v, h) => weekday(h.date), width: 120, responsive: ['sm'] },
          { title: t('cal.name'), dataIndex: 'name' },
          { title: t('cal.kind'), dataIndex: 'kind', render: (k: string) => (KIND_LABELS[k] ? t(KIND_LABELS[k]) : k), responsive: ['md'] },
          {
            title: t('cal.dayOff'),
            dataIndex: 'isDayOff',
            render: (off: boolean) => (off ? <Tag color="red">{t('cal.off')}</Tag> : <Tag>{t('cal.notOff')}</Tag>),
            width: 110,
          },
        ]}
      />
      {makeUp.length > 0 || periods.length > 0 ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          {makeUp.length > 0 ? (
            <Col xs={24} md={8}>
              <Typography.Title level={3} className="small-heading">
                {t('cal.makeUpDays')}
              </Typography.Title>
              <ul className="plain-list">
                {makeUp.map((d) => (
                  <li key={d}>
                    {weekday(d)}, {fmtDate(d)}
                  </li>
                ))}
              </ul>
            </Col>
          ) : null}
          {periods.length > 0 ? (
            <Col xs={24} md={16}>
              <Typography.Title level={3} className="small-heading">
                {t('cal.periods')}
              </Typography.Title>
              <ul className="plain-list">
                {periods.map((p) => (
                  <li key={`${p.name}-${p.from}`}>
                    <strong>{p.name}</strong>: {fmtDate(p.from)} – {fmtDate(p.to)}
                  </li>
                ))}
              </ul>
            </Col>
          ) : null}
        </Row>
      ) : null}
    </Card>
  );
}

/** "Lịch làm việc": working-day arithmetic for legal deadlines, and the holidays of a year. */
export default function CalendarPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('cal.title')} subtitle={t('cal.subtitle')} />
      <WorkingDayCalculator />
      <HolidayList />
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{t('cal.basis')}</Typography.Text>
      </Flex>
    </>
  );
}
