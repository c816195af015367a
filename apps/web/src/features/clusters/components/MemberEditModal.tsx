import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import type { ClusterYearOverviewView } from '../api/get-year-overview';
import { useUpdateClusterMember } from '../api/update-member';
import { useClusterText } from './text';

type Member = ClusterYearOverviewView['members'][number];
interface Values {
  validTo?: Dayjs | null;
  womenPreference?: boolean;
  note?: string;
  reason?: string;
}

/** The secretariat edits one membership: the day it leaves the cluster, the preference, the note — with a reason. */
export function MemberEditModal({ clusterId, member, onClose }: { clusterId: string; member: Member; onClose: () => void }) {
  const { t } = useClusterText();
  const { message } = App.useApp();
  const update = useUpdateClusterMember();
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values) => {
    const validTo = v.validTo ? toIso(v.validTo) : null;
    const note = v.note?.trim() ? v.note.trim().normalize('NFC') : null;
    update.mutate(
      {
        id: clusterId,
        memberId: member.id,
        body: {
          ...(validTo !== member.validTo ? { validTo } : {}),
          ...(Boolean(v.womenPreference) !== member.womenPreference ? { womenPreference: Boolean(v.womenPreference) } : {}),
          ...(note !== member.note ? { note } : {}),
          reason: v.reason!.trim().normalize('NFC'),
        },
      },
      {
        onSuccess: () => {
          void message.success(t('clusters.memberEdit.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('clusters.memberEdit.title', { name: member.organisation.name })}
      okText={t('clusters.memberEdit.submit')}
      cancelText={t('clusters.memberEdit.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="cluster-member-edit"
        layout="vertical"
        initialValues={{ validTo: member.validTo ? dayjs(member.validTo) : null, womenPreference: member.womenPreference, note: member.note ?? '' }}
        onFinish={onFinish}
      >
        <ErrorAlert error={update.error} />
        <Form.Item
          name="validTo"
          label={t('clusters.memberEdit.validTo')}
          extra={t('clusters.memberEdit.validToHelp')}
          rules={[{ validator: async (_, v: Dayjs | null | undefined) => { if (v && toIso(v) < member.validFrom) throw new Error(t('clusters.memberForm.toBeforeFrom')); } }]}
        >
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} />
        </Form.Item>
        <Form.Item name="womenPreference" valuePropName="checked">
          <Checkbox>{t('clusters.members.women')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('clusters.members.note')}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="reason" label={t('clusters.memberEdit.reason')} rules={[{ required: true, min: 3, whitespace: true, message: t('clusters.memberEdit.reasonRequired') }]}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
