import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Organisation, OrgKind } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, fromIso, toIso, type Dayjs } from '@/lib/dates';
import { useT } from '@/i18n';
import { useCreateOrganisation } from '../api/create-organisation';

const CHILD_KINDS: OrgKind[] = ['department', 'unit', 'commune', 'enterprise', 'district', 'ministry', 'province'];

interface Values {
  code: string;
  name: string;
  kind: OrgKind;
  subkind?: 'xa' | 'phuong' | 'dac_khu';
  validFrom?: Dayjs;
}

/** A new unit under `parent`, valid from the chosen date. */
export function CreateOrganisationModal({
  open,
  parent,
  asOf,
  onClose,
}: {
  open: boolean;
  parent: Organisation;
  asOf: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrganisation();
  const kind = Form.useWatch('kind', form);
  const submit = (v: Values) =>
    create.mutate(
      {
        code: v.code.trim(),
        name: v.name.trim().normalize('NFC'),
        kind: v.kind,
        ...(v.kind === 'commune' && v.subkind ? { subkind: v.subkind } : {}),
        parentId: parent.id,
        ...(v.validFrom ? { validFrom: toIso(v.validFrom) } : {}),
      },
      {
        onSuccess: (o) => {
          message.success(t('org.created', { name: o.name }));
          form.resetFields();
          onClose();
        },
        onError: (e) => {
          if (isApiError(e))
            form.setFields(Object.entries(e.fieldIssues).map(([name, msg]) => ({ name: name as keyof Values, errors: [msg] })));
        },
      },
    );
  return (
    <Modal
      open={open}
      title={t('org.addChildTo', { name: parent.name })}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={create.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'department', validFrom: fromIso(asOf) }}
        name="create-organisation"
      >
        <Form.Item
          label={t('org.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 300 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          label={t('org.code')}
          name="code"
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 40 }]}
          extra={t('org.codeHint')}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('org.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={CHILD_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}` as MessageKey) }))} />
        </Form.Item>
        {kind === 'commune' ? (
          <Form.Item label={t('org.subkind')} name="subkind">
            <Select
              allowClear
              options={[
                { value: 'xa', label: t('org.subkind.xa') },
                { value: 'phuong', label: t('org.subkind.phuong') },
                { value: 'dac_khu', label: t('org.subkind.dac_khu') },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('org.validFrom')} name="validFrom">
          <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
