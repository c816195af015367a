import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, DatePicker, Form, Input, List, Modal, Radio, Select, Space, Switch, Table, Typography } from 'antd';
import { RESISTANCE_WAR_AWARDS, RESISTANCE_WAR_PERIODS } from '@thidua/domain/registry/campaigns';
import { awardNameIn, awardSearchText, useAwards } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { fold } from '@/lib/text';
import { useCreateCampaign } from '../api/create-campaign';
import { useCampaignText } from './text';

type Kind = 'resistance_war' | 'general';
interface Values {
  name?: string;
  kind: Kind;
  startDate?: Dayjs | null;
  deadline?: Dayjs | null;
  doubleEntry: boolean;
  ownerOrgId?: string | null;
  awardCodes?: string[];
}

/** A campaign runs 40 days by default ("40 ngày hoàn thành nhập dữ liệu"): the deadline is the 40th day. */
export const DEFAULT_DAYS = 40;

/** The manager opens a campaign; its page opens on the units and assignments tab. */
export function CreateCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const tx = useCampaignText();
  const { t, fmtDate, locale } = tx;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const awards = useAwards();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'resistance_war';
  const names = useMemo(() => new Map((awards.data?.items ?? []).map((a) => [a.code, a.name])), [awards.data]);
  const awardOptions = useMemo(
    () =>
      (awards.data?.items ?? []).map((a) => ({ value: a.code, label: awardNameIn(locale, a.code, a.name), search: fold(awardSearchText(a.code, a.name)) })),
    [awards.data, locale],
  );
  const onFinish = (v: Values) => {
    create.mutate(
      {
        name: v.name!.trim().normalize('NFC'),
        kind: v.kind,
        startDate: toIso(v.startDate!),
        deadline: toIso(v.deadline!),
        doubleEntry: v.doubleEntry,
        ...(v.ownerOrgId ? { ownerOrgId: v.ownerOrgId } : {}),
        ...(v.kind === 'general' && v.awardCodes?.length ? { awardCodes: v.awardCodes } : {}),
      },
      {
        onSuccess: (c) => {
          void message.success(t('campaigns.create.done', { name: c.name }));
          form.resetFields();
          onClose();
          void navigate(paths.campaign(c.id, 'units'));
        },
      },
    );
  };
  return (
    <Modal open={open} title={t('campaigns.create.title')} onCancel={onClose} footer={null} destroyOnHidden width={760}>
      <Form<Values>
        form={form}
        name="campaign-create"
        layout="vertical"
        disabled={create.isPending}
        initialValues={{
          kind: 'resistance_war',
          doubleEntry: false,
          startDate: dayjs().startOf('day'),
          deadline: dayjs()
            .startOf('day')
            .add(DEFAULT_DAYS - 1, 'day'),
        }}
        onFinish={onFinish}
      >
        <ErrorAlert error={create.error} />
        <Form.Item
          name="name"
          label={t('campaigns.create.name')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('campaigns.create.nameRequired') }]}
        >
          <Input maxLength={300} placeholder={t('campaigns.create.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('campaigns.create.kind')}>
          <Radio.Group options={(['resistance_war', 'general'] as const).map((k) => ({ value: k, label: tx.kind(k) }))} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item
            name="startDate"
            label={t('campaigns.create.start')}
            rules={[{ required: true, message: t('campaigns.create.startRequired') }]}
          >
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('campaigns.create.deadline')}
            dependencies={['startDate']}
            rules={[
              { required: true, message: t('campaigns.create.deadlineRequired') },
              ({ getFieldValue }) => ({
                validator: (_, d: Dayjs | null) => {
                  const s = getFieldValue('startDate') as Dayjs | null;
                  return !d || !s || !d.isBefore(s, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('campaigns.create.deadlineBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
          </Form.Item>
          <Form.Item
            name="doubleEntry"
            label={t('campaigns.create.doubleEntry')}
            valuePropName="checked"
            extra={t('campaigns.create.doubleEntryHelp')}
            style={{ maxWidth: 300 }}
          >
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="ownerOrgId" label={t('campaigns.create.owner')} extra={t('campaigns.create.ownerHelp')}>
          <OrganisationSelect style={{ maxWidth: 420 }} aria-label={t('campaigns.create.owner')} />
        </Form.Item>
        {kind === 'resistance_war' ? (
          <>
            <Typography.Title level={5}>{t('campaigns.create.awards')}</Typography.Title>
            <List
              size="small"
              data-testid="campaign-default-awards"
              dataSource={[...RESISTANCE_WAR_AWARDS]}
              renderItem={(code) => <List.Item>{awardNameIn(locale, code, names.get(code))}</List.Item>}
              style={{ marginBottom: 12 }}
            />
            <Typography.Title level={5}>{t('campaigns.create.periods')}</Typography.Title>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={[...RESISTANCE_WAR_PERIODS]}
              columns={[
                { title: t('campaigns.period.name'), dataIndex: 'name' },
                { title: t('campaigns.period.from'), key: 'from', render: (_, p) => fmtDate(p.from), width: 120 },
                { title: t('campaigns.period.to'), key: 'to', render: (_, p) => fmtDate(p.to), width: 120 },
              ]}
              style={{ marginBottom: 16 }}
            />
          </>
        ) : (
          <Form.Item name="awardCodes" label={t('campaigns.create.awardCodes')} extra={t('campaigns.create.awardCodesHelp')}>
            <Select
              mode="multiple"
              allowClear
              options={awardOptions}
              showSearch={{
                filterOption: (input, o) => String((o as { search?: string } | undefined)?.search ?? '').includes(fold(input)),
              }}
              loading={awards.isPending}
              aria-label={t('campaigns.create.awardCodes')}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('campaigns.create.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
