import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useAwards } from '@/components/award-select';
import { OrganisationSelect } from '@/components/organisation-select';
import { useSession } from '@/lib/session';
import { fold } from '@/lib/text';
import { useMovementPeople } from '../api/search-people';
import { useRegisterForMovement } from '../api/register-for-movement';

interface Values {
  organisationId?: string | null;
  who?: 'collective' | 'individual';
  personId?: string | null;
  titles?: string[];
  note?: string;
}

const REGISTER_ROLES = new Set(['unit_officer', 'board_officer', 'admin']);

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** "Đăng ký thi đua": a unit, or an individual through it, names the titles it aims for; the level above approves. */
export function RegistrationForm({ movementId }: { movementId: string }) {
  const { user } = useSession();
  const register = useRegisterForMovement();
  const awards = useAwards();
  const [form] = Form.useForm<Values>();
  const [personText, setPersonText] = useState('');
  const people = useMovementPeople(useDebounced(personText, 300));
  const [done, setDone] = useState(false);
  const who = Form.useWatch('who', form) ?? 'collective';
  const defaultOrg = user.roles.find((r) => REGISTER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? user.homeOrgId ?? null;
  const titleOptions = useMemo(
    () =>
      (awards.data?.items ?? [])
        .filter((a) => a.category !== 'resistance_war' && a.subjects.includes(who))
        .map((a) => ({ value: a.code, label: a.name, search: fold(`${a.name} ${a.code}`) })),
    [awards.data, who],
  );
  const onFinish = (v: Values) => {
    register.mutate(
      {
        movementId,
        body: {
          organisationId: v.organisationId ?? '',
          ...(v.who === 'individual' && v.personId ? { personId: v.personId } : {}),
          titles: v.titles ?? [],
          ...(v.note?.trim() ? { note: v.note.trim().normalize('NFC') } : {}),
        },
      },
      {
        onSuccess: () => {
          setDone(true);
          form.resetFields(['personId', 'titles', 'note']);
        },
      },
    );
  };
  return (
    <Card title={<h2 className="card-title">Đăng ký thi đua</h2>}>
      <Typography.Paragraph type="secondary">Đơn vị đăng ký danh hiệu thi đua phấn đấu đạt được; cá nhân đăng ký qua đơn vị. Cấp trên duyệt hoặc trả lại bản đăng ký.</Typography.Paragraph>
      {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title="Đã gửi bản đăng ký thi đua." /> : null}
      <ErrorAlert error={register.error} />
      <Form<Values>
        name="movement-register"
        form={form}
        layout="vertical"
        style={{ maxWidth: 820 }}
        initialValues={{ organisationId: defaultOrg, who: 'collective' }}
        onFinish={onFinish}
        onValuesChange={() => setDone(false)}
        disabled={register.isPending}
      >
        <Form.Item name="organisationId" label="Đơn vị đăng ký" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
          <OrganisationSelect style={{ maxWidth: 480 }} />
        </Form.Item>
        <Form.Item name="who" label="Đăng ký cho">
          <Radio.Group
            options={[
              { value: 'collective', label: 'Tập thể đơn vị' },
              { value: 'individual', label: 'Cá nhân' },
            ]}
            onChange={() => form.setFieldValue('titles', [])}
          />
        </Form.Item>
        {who === 'individual' ? (
          <Form.Item name="personId" label="Cá nhân đăng ký" rules={[{ required: true, message: 'Chọn cá nhân.' }]}>
            <Select
              style={{ maxWidth: 480 }}
              showSearch={{ filterOption: false, onSearch: setPersonText }}
              placeholder="Gõ họ tên (ít nhất 2 ký tự)"
              loading={people.isFetching}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}` }))}
              notFoundContent={personText.trim().length < 2 ? 'Gõ họ tên để tìm' : 'Không tìm thấy'}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="titles" label="Danh hiệu, hình thức đăng ký" rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một danh hiệu.' }]}>
          <Select
            mode="multiple"
            loading={awards.isPending}
            options={titleOptions}
            showSearch={{ filterOption: (input, o) => String((o as { search?: string })?.search ?? '').includes(fold(input)) }}
            placeholder="Chọn danh hiệu"
          />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú (chỉ tiêu, cam kết)">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          Gửi đăng ký
        </Button>
      </Form>
    </Card>
  );
}
