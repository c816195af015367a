import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { useSession } from '@/lib/session';
import { paths } from '@/lib/paths';
import { useCreateDossier, type CreateDossierBody } from '../api/create-dossier';
import { useDossierAwards } from '../api/list-awards';
import { useDossierMovements } from '../api/list-movements';
import { useSearchPeople } from '../api/search-people';
import { AWARD_TYPE_LABEL, DOC_KIND_LABEL } from '../components/text';

type AwardType = NonNullable<CreateDossierBody['awardType']>;
type Nominee =
  | { kind: 'individual'; personId: string; name: string }
  | { kind: 'collective'; organisationId: string }
  | { kind: 'household'; name: string; address?: string };

const KIND_LABEL: Record<Nominee['kind'], string> = { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' };

interface FormValues {
  ownerOrgId?: string | null;
  award?: string;
  awardType?: AwardType;
  achievementYear?: number | null;
  /** "year": one achievement year; "period": a span of years (quá trình cống hiến, kháng chiến, …). */
  span?: 'year' | 'period';
  periodFrom?: number | null;
  periodTo?: number | null;
  movementId?: string | null;
  title?: string;
  achievement?: string;
}

const WRITER_ROLES = new Set(['unit_officer', 'board_officer', 'admin']);

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/**
 * "Tạo hồ sơ đề nghị khen thưởng": award, type, achievement year or period, optional movement, nominees (people,
 * collectives, households where the award allows them), note → a draft dossier.
 */
export default function DossierCreatePage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const awards = useDossierAwards();
  const movements = useDossierMovements();
  const create = useCreateDossier();
  const [form] = Form.useForm<FormValues>();
  // One key per form: a double click or a retry after a network error creates one dossier only.
  const [idemKey] = useState(() => crypto.randomUUID());
  const [nominees, setNominees] = useState<Nominee[]>([]);
  const [nomineeError, setNomineeError] = useState<string | null>(null);
  const [personText, setPersonText] = useState('');
  const [household, setHousehold] = useState({ name: '', address: '' });
  const q = useDebounced(personText, 300);
  const people = useSearchPeople(q);

  const defaultOrg = user.roles.find((r) => WRITER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? null;
  const awardCode = Form.useWatch('award', form);
  const year = Form.useWatch('achievementYear', form);
  const span = Form.useWatch('span', form) ?? 'year';
  const periodFrom = Form.useWatch('periodFrom', form);
  const periodTo = Form.useWatch('periodTo', form);
  const yearText = span === 'period' ? `giai đoạn ${periodFrom ?? ''}–${periodTo ?? ''}` : `năm ${year ?? ''}`;
  const award = useMemo(() => awards.data?.items.find((a) => a.code === awardCode), [awards.data, awardCode]);
  const allowsIndividual = !award || award.subjects.includes('individual');
  const allowsCollective = !award || award.subjects.includes('collective');
  const allowsHousehold = !!award && award.subjects.includes('household');

  const onAwardChange = (code: string) => {
    const a = awards.data?.items.find((x) => x.code === code);
    const types = a?.allowedTypes ?? [];
    form.setFieldValue('awardType', (types.includes('cong_trang') ? 'cong_trang' : types[0]) as AwardType | undefined);
    if (a) setNominees((ns) => ns.filter((n) => a.subjects.includes(n.kind)));
  };

  const addPerson = (personId: string) => {
    const p = people.data?.items.find((x) => x.id === personId);
    if (p && !nominees.some((n) => n.kind === 'individual' && n.personId === p.id))
      setNominees((ns) => [...ns, { kind: 'individual', personId: p.id, name: p.fullName }]);
    setPersonText('');
    setNomineeError(null);
  };
  const addCollective = (organisationId: string | null) => {
    if (organisationId && !nominees.some((n) => n.kind === 'collective' && n.organisationId === organisationId))
      setNominees((ns) => [...ns, { kind: 'collective', organisationId }]);
    setNomineeError(null);
  };
  const addHousehold = () => {
    const name = household.name.trim().normalize('NFC');
    if (!name) return;
    const address = household.address.trim().normalize('NFC');
    if (!nominees.some((n) => n.kind === 'household' && n.name === name))
      setNominees((ns) => [...ns, { kind: 'household', name, ...(address ? { address } : {}) }]);
    setHousehold({ name: '', address: '' });
    setNomineeError(null);
  };
  const nomineeKey = (n: Nominee) =>
    n.kind === 'individual' ? `p:${n.personId}` : n.kind === 'collective' ? `o:${n.organisationId}` : `h:${n.name}`;

  const onFinish = (v: FormValues) => {
    if (!nominees.length) {
      setNomineeError('Chọn ít nhất một cá nhân hoặc tập thể được đề nghị.');
      return;
    }
    const awardName = award?.name ?? v.award ?? '';
    const body: CreateDossierBody = {
      ownerOrgId: v.ownerOrgId ?? '',
      title: v.title?.trim() || `Đề nghị tặng ${awardName} ${yearText}`,
      award: v.award ?? '',
      awardType: v.awardType,
      ...(v.span === 'period'
        ? { periodFrom: v.periodFrom ?? undefined, periodTo: v.periodTo ?? undefined }
        : { achievementYear: v.achievementYear ?? undefined }),
      ...(v.movementId ? { movementId: v.movementId } : {}),
      ...(v.achievement?.trim() ? { achievement: v.achievement.trim() } : {}),
      subjects: nominees.map((n) =>
        n.kind === 'individual'
          ? { kind: 'individual', personId: n.personId }
          : n.kind === 'collective'
            ? { kind: 'collective', organisationId: n.organisationId }
            : { kind: 'household', name: n.name, ...(n.address ? { address: n.address } : {}) },
      ),
    };
    create.mutate({ body, key: idemKey }, { onSuccess: (d) => void navigate(paths.dossier(d.id)) });
  };

  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.dossiers}>← Về danh sách hồ sơ</Link>
      </nav>
      <PageHeader
        title="Tạo hồ sơ đề nghị khen thưởng"
        subtitle="Hồ sơ được tạo ở trạng thái nháp; đính kèm tài liệu và gửi hồ sơ ở trang hồ sơ."
      />
      <Card>
        <ErrorAlert error={create.error} />
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark
          style={{ maxWidth: 820 }}
          initialValues={{ ownerOrgId: defaultOrg, achievementYear: new Date().getFullYear(), span: 'year' }}
          onFinish={onFinish}
          disabled={create.isPending}
        >
          <Form.Item name="ownerOrgId" label="Đơn vị đề nghị" rules={[{ required: true, message: 'Chọn đơn vị đề nghị.' }]}>
            <OrganisationSelect aria-label="Đơn vị đề nghị" allowClear={false} />
          </Form.Item>
          <Form.Item
            name="award"
            label="Danh hiệu / hình thức khen thưởng"
            rules={[{ required: true, message: 'Chọn danh hiệu hoặc hình thức khen thưởng.' }]}
          >
            <Select
              aria-label="Danh hiệu / hình thức khen thưởng"
              showSearch={{ optionFilterProp: 'label' }}
              loading={awards.isPending}
              placeholder="Gõ để tìm trong danh mục khen thưởng"
              onChange={onAwardChange}
              options={(awards.data?.items ?? []).map((a) => ({ value: a.code, label: a.name }))}
            />
          </Form.Item>
          {award ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              {award.authority} · Đối tượng:{' '}
              {award.subjects.map((s) => (s === 'individual' ? 'cá nhân' : s === 'collective' ? 'tập thể' : 'hộ gia đình')).join(', ')}
              {award.dossier.length ? ` · Hồ sơ gồm: ${award.dossier.map((k) => DOC_KIND_LABEL[k] ?? k).join(', ')}` : ''}
            </Typography.Paragraph>
          ) : null}
          <Space wrap size="large" align="start">
            <Form.Item name="awardType" label="Loại khen thưởng" rules={[{ required: true, message: 'Chọn loại khen thưởng.' }]}>
              <Select
                aria-label="Loại khen thưởng"
                style={{ minWidth: 320 }}
                disabled={!award}
                placeholder="Chọn sau khi chọn hình thức"
                options={(award?.allowedTypes ?? []).map((t) => ({ value: t, label: AWARD_TYPE_LABEL[t] ?? t }))}
              />
            </Form.Item>
            <Form.Item name="span" label="Thành tích tính theo">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'year', label: 'Một năm' },
                  { value: 'period', label: 'Giai đoạn' },
                ]}
              />
            </Form.Item>
            {span === 'period' ? (
              <>
                <Form.Item name="periodFrom" label="Từ năm" rules={[{ required: true, message: 'Nhập năm bắt đầu.' }]}>
                  <InputNumber aria-label="Từ năm" min={1945} max={2100} precision={0} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  name="periodTo"
                  label="Đến năm"
                  dependencies={['periodFrom']}
                  rules={[
                    { required: true, message: 'Nhập năm kết thúc.' },
                    ({ getFieldValue }) => ({
                      validator: (_, v: number | null | undefined) => {
                        const from = getFieldValue('periodFrom') as number | null | undefined;
                        return v == null || from == null || v >= from
                          ? Promise.resolve()
                          : Promise.reject(new Error('Năm kết thúc không được trước năm bắt đầu.'));
                      },
                    }),
                  ]}
                >
                  <InputNumber aria-label="Đến năm" min={1945} max={2100} precision={0} style={{ width: 120 }} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="achievementYear" label="Năm thành tích" rules={[{ required: true, message: 'Nhập năm thành tích.' }]}>
                <InputNumber aria-label="Năm thành tích" min={1945} max={2100} precision={0} style={{ width: 140 }} />
              </Form.Item>
            )}
          </Space>
          <Form.Item name="movementId" label="Phong trào thi đua (nếu có)">
            <Select
              aria-label="Phong trào thi đua"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={movements.isPending}
              placeholder="Không gắn với phong trào nào"
              options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.title} (${m.authorityLabel})` }))}
            />
          </Form.Item>

          <Form.Item label="Cá nhân, tập thể, hộ gia đình được đề nghị" required validateStatus={nomineeError ? 'error' : undefined} help={nomineeError}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {allowsIndividual ? (
                <Select
                  aria-label="Tìm cá nhân theo họ tên"
                  value={null}
                  showSearch={{ filterOption: false, onSearch: setPersonText, searchValue: personText }}
                  placeholder="Thêm cá nhân: gõ họ tên (ít nhất 2 ký tự, không cần dấu)"
                  onChange={(v: string | null) => v && addPerson(v)}
                  loading={people.isFetching}
                  notFoundContent={people.isFetching ? <Spin size="small" /> : q.trim().length >= 2 ? 'Không tìm thấy' : null}
                  options={(q.trim().length >= 2 ? (people.data?.items ?? []) : []).map((p) => ({
                    value: p.id,
                    label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}`,
                  }))}
                />
              ) : null}
              {allowsCollective ? (
                <OrganisationSelect
                  aria-label="Thêm tập thể"
                  value={null}
                  onChange={addCollective}
                  placeholder="Thêm tập thể: gõ tên hoặc mã tổ chức"
                />
              ) : null}
              {allowsHousehold ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label="Tên hộ gia đình"
                    placeholder="Thêm hộ gia đình: tên chủ hộ, ví dụ “Hộ ông Nguyễn Văn An”"
                    value={household.name}
                    maxLength={200}
                    onChange={(e) => setHousehold({ ...household, name: e.target.value })}
                    onPressEnter={(e) => {
                      e.preventDefault();
                      addHousehold();
                    }}
                  />
                  <Input
                    aria-label="Địa chỉ hộ gia đình"
                    placeholder="Địa chỉ (thôn, xã)"
                    value={household.address}
                    maxLength={300}
                    onChange={(e) => setHousehold({ ...household, address: e.target.value })}
                    onPressEnter={(e) => {
                      e.preventDefault();
                      addHousehold();
                    }}
                  />
                  <Button onClick={addHousehold} disabled={!household.name.trim()}>
                    Thêm hộ
                  </Button>
                </Space.Compact>
              ) : null}
              <Table<Nominee>
                rowKey={nomineeKey}
                size="small"
                pagination={false}
                dataSource={nominees}
                locale={{ emptyText: 'Chưa có ai được đề nghị' }}
                columns={[
                  {
                    title: 'Họ và tên / tập thể',
                    key: 'name',
                    render: (_, n) =>
                      n.kind === 'collective' ? (
                        <OrganisationName id={n.organisationId} />
                      ) : n.kind === 'household' && n.address ? (
                        `${n.name} — ${n.address}`
                      ) : (
                        n.name
                      ),
                  },
                  { title: 'Đối tượng', key: 'kind', render: (_, n) => <Tag>{KIND_LABEL[n.kind]}</Tag> },
                  {
                    title: '',
                    key: 'remove',
                    width: 60,
                    render: (_, n) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label="Bỏ khỏi danh sách"
                        onClick={() => setNominees((ns) => ns.filter((x) => nomineeKey(x) !== nomineeKey(n)))}
                      />
                    ),
                  },
                ]}
              />
            </Space>
          </Form.Item>

          <Form.Item name="title" label="Tên hồ sơ" extra="Để trống: “Đề nghị tặng <hình thức> năm <năm>”.">
            <Input maxLength={300} placeholder={award ? `Đề nghị tặng ${award.name} ${yearText}` : undefined} />
          </Form.Item>
          <Form.Item name="achievement" label="Tóm tắt thành tích, ghi chú">
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          {award && !award.allowedTypes.length ? (
            <Alert type="warning" showIcon title="Hình thức này chưa khai báo loại khen thưởng." />
          ) : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              Tạo hồ sơ
            </Button>
            <Link to={paths.dossiers}>Hủy</Link>
          </Space>
        </Form>
      </Card>
    </>
  );
}
