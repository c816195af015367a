import { App, Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, fromIso, toIso, type Dayjs } from '@/lib/dates';
import type { CampaignView } from '../api/get-campaign';
import { useUpdateCampaign } from '../api/update-campaign';
import { useCampaignText } from './text';

interface Values {
  name: string;
  deadline: Dayjs | null;
  status: 'open' | 'closed';
  reason?: string;
}

/** Rename, extend the deadline, close or reopen the campaign, with the reason the audit log keeps. */
export function EditCampaignModal({ c, open, onClose }: { c: CampaignView; open: boolean; onClose: () => void }) {
  const tx = useCampaignText();
  const { t } = tx;
  const { message } = App.useApp();
  const update = useUpdateCampaign();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) => {
    const name = v.name.trim().normalize('NFC');
    const deadline = v.deadline ? toIso(v.deadline) : c.deadline;
    const body = {
      ...(name !== c.name ? { name } : {}),
      ...(deadline !== c.deadline ? { deadline } : {}),
      ...(v.status !== c.status ? { status: v.status } : {}),
      reason: (v.reason ?? '').trim().normalize('NFC'),
    };
    if (Object.keys(body).length === 1) {
      void message.info(t('campaigns.edit.nothing'));
      return;
    }
    update.mutate(
      { id: c.id, body },
      {
        onSuccess: () => {
          void message.success(t('campaigns.edit.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal open={open} title={t('campaigns.edit.title')} onCancel={onClose} footer={null} destroyOnHidden width={620}>
      <Form<Values>
        form={form}
        name="campaign-edit"
        layout="vertical"
        disabled={update.isPending}
        initialValues={{ name: c.name, deadline: fromIso(c.deadline), status: c.status }}
        onFinish={onFinish}
      >
        <ErrorAlert error={update.error} />
        <Form.Item
          name="name"
          label={t('campaigns.create.name')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('campaigns.create.nameRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('campaigns.create.deadline')}
          rules={[{ required: true, message: t('campaigns.create.deadlineRequired') }]}
        >
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
        </Form.Item>
        <Form.Item name="status" label={t('campaigns.list.status')}>
          <Radio.Group options={(['open', 'closed'] as const).map((s) => ({ value: s, label: tx.status(s) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('campaigns.edit.reason')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('campaigns.edit.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} placeholder={t('campaigns.edit.reasonPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Modal>
  );
}
