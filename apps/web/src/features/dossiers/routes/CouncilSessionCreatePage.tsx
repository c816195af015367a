import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationSelect } from '@/components/organisation-select';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCreateCouncilSession, useMemberCandidates } from '../api/create-council-session';
import { useDossiers, type DossierView } from '../api/list-dossiers';

interface NamedMember {
  name: string;
  title?: string;
  present: boolean;
}
interface Values {
  ownerOrgId?: string | null;
  title: string;
  councilName: string;
  meetingDate: Dayjs;
  venue: string;
  chairName: string;
  secretaryName: string;
  memberUserIds: string[];
  namedMembers: NamedMember[];
}

const MANAGER_ROLES = new Set(['board_officer', 'admin']);
const clean = (s: string | undefined) => (s ?? '').trim().normalize('NFC');

/**
 * "Lập phiên họp Hội đồng": the meeting (date, venue, chair, secretary), its members (accounts holding the
 * council-member role and/or named members without an account, absent ones voting in writing) and the agenda,
 * chosen among the appraised dossiers and those whose public posting has ended.
 */
export default function CouncilSessionCreatePage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateCouncilSession();
  const candidates = useMemberCandidates();
  const appraised = useDossiers({ status: 'appraised', limit: 100, offset: 0 });
  const posted = useDossiers({ status: 'posted', limit: 100, offset: 0 });
  const [selected, setSelected] = useState<string[]>([]);
  const [agendaError, setAgendaError] = useState<string | null>(null);
  const meetingDate = Form.useWatch('meetingDate', form);

  const defaultOrg = user.roles.find((r) => MANAGER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? null;
  const dossiers = useMemo(
    () => [...(appraised.data?.items ?? []), ...(posted.data?.items ?? [])],
    [appraised.data, posted.data],
  );
  // A posted dossier may go before the council only once its posting period has ended (RULES.md §5).
  const postingOpen = (d: DossierView) => !!d.posting && !!meetingDate && toIso(meetingDate) < d.posting.until;

  const onFinish = (v: Values) => {
    if (!selected.length) {
      setAgendaError('Chọn ít nhất một hồ sơ đưa ra Hội đồng.');
      return;
    }
    create.mutate(
      {
        ownerOrgId: v.ownerOrgId ?? '',
        title: clean(v.title),
        councilName: clean(v.councilName),
        meetingDate: toIso(v.meetingDate),
        venue: clean(v.venue),
        chairName: clean(v.chairName),
        secretaryName: clean(v.secretaryName),
        memberUserIds: v.memberUserIds ?? [],
        namedMembers: (v.namedMembers ?? [])
          .filter((m) => clean(m.name))
          .map((m) => ({ name: clean(m.name), ...(clean(m.title) ? { title: clean(m.title) } : {}), present: m.present })),
        dossierIds: selected,
      },
      { onSuccess: (s) => void navigate(paths.councilSession(s.id)) },
    );
  };

  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.dossiers}>← Về danh sách hồ sơ</Link>
      </nav>
      <PageHeader
        title="Lập phiên họp Hội đồng Thi đua – Khen thưởng"
        subtitle="Thành viên, chương trình họp từ các hồ sơ đã thẩm định; thành viên bỏ phiếu kín trên hệ thống, thành viên vắng mặt gửi phiếu bằng văn bản."
      />
      <Card>
        <ErrorAlert error={create.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark
          style={{ maxWidth: 980 }}
          initialValues={{
            ownerOrgId: defaultOrg,
            meetingDate: dayjs(),
            memberUserIds: [],
            namedMembers: [],
            councilName: 'Hội đồng Thi đua – Khen thưởng',
          }}
          onFinish={onFinish}
          disabled={create.isPending}
        >
          <Form.Item name="ownerOrgId" label="Cơ quan (cấp tổ chức họp)" rules={[{ required: true, message: 'Chọn cơ quan.' }]}>
            <OrganisationSelect aria-label="Cơ quan tổ chức họp" allowClear={false} />
          </Form.Item>
          <Form.Item name="title" label="Tên phiên họp" rules={[{ required: true, whitespace: true, message: 'Nhập tên phiên họp.' }]}>
            <Input maxLength={300} placeholder="Ví dụ: Phiên họp xét khen thưởng tổng kết năm 2025" />
          </Form.Item>
          <Form.Item name="councilName" label="Tên Hội đồng" rules={[{ required: true, whitespace: true, message: 'Nhập tên Hội đồng.' }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item name="meetingDate" label="Ngày họp" rules={[{ required: true, message: 'Nhập ngày họp.' }]}>
              <DatePicker aria-label="Ngày họp" format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="venue" label="Địa điểm" rules={[{ required: true, whitespace: true, message: 'Nhập địa điểm.' }]}>
              <Input maxLength={300} style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Space wrap size="large" align="start">
            <Form.Item name="chairName" label="Chủ trì" rules={[{ required: true, whitespace: true, message: 'Nhập họ tên người chủ trì.' }]}>
              <Input maxLength={200} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="secretaryName" label="Thư ký" rules={[{ required: true, whitespace: true, message: 'Nhập họ tên thư ký.' }]}>
              <Input maxLength={200} style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="memberUserIds"
            label="Thành viên có tài khoản (bỏ phiếu trên hệ thống)"
            extra="Tài khoản được giao vai trò thành viên Hội đồng."
          >
            <Select
              aria-label="Thành viên có tài khoản"
              mode="multiple"
              loading={candidates.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="Chọn thành viên"
              options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
            />
          </Form.Item>
          <Form.Item label="Thành viên khác (không có tài khoản)" extra="Thành viên vắng mặt gửi phiếu bằng văn bản; thư ký ghi nhận phiếu ở trang phiên họp.">
            <Form.List name="namedMembers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="start" wrap>
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: 'Nhập họ tên.' }]}>
                        <Input aria-label={`Họ tên thành viên ${i + 1}`} placeholder="Họ và tên" maxLength={200} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'title']}>
                        <Input aria-label={`Chức vụ thành viên ${i + 1}`} placeholder="Chức vụ" maxLength={200} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'present']} valuePropName="checked">
                        <Checkbox aria-label={`Thành viên ${i + 1} có mặt`}>Có mặt</Checkbox>
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Bỏ thành viên ${i + 1}`} onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', present: true })}>
                    Thêm thành viên
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label="Chương trình họp: hồ sơ đưa ra Hội đồng" required validateStatus={agendaError ? 'error' : undefined} help={agendaError}>
            <ErrorAlert error={appraised.error ?? posted.error} />
            <Table<DossierView>
              rowKey="id"
              size="small"
              pagination={false}
              loading={appraised.isPending || posted.isPending}
              dataSource={dossiers}
              locale={{ emptyText: 'Không có hồ sơ đã thẩm định đang chờ Hội đồng' }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => {
                  setSelected(keys.map(String));
                  setAgendaError(null);
                },
                getCheckboxProps: (d) => ({ 'aria-label': `Chọn hồ sơ ${d.title}` }),
              }}
              columns={[
                { title: 'Hồ sơ', key: 't', render: (_, d) => <Link to={paths.dossier(d.id)}>{d.title}</Link> },
                { title: 'Hình thức', dataIndex: 'awardName' },
                { title: 'Đơn vị đề nghị', dataIndex: 'ownerOrgName' },
                {
                  title: 'Trạng thái',
                  key: 's',
                  render: (_, d) => (
                    <Space orientation="vertical" size={0}>
                      <Tag>{d.statusLabel}</Tag>
                      {d.posting ? (
                        <Typography.Text type={postingOpen(d) ? 'danger' : 'secondary'}>
                          Công khai đến {fmtDate(d.posting.until)}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
            {dossiers.some((d) => selected.includes(d.id) && postingOpen(d)) ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title="Có hồ sơ chưa hết thời gian công khai vào ngày họp; Hội đồng chỉ xét sau khi hết thời gian công khai."
              />
            ) : null}
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              Lập phiên họp
            </Button>
            <Link to={paths.dossiers}>Hủy</Link>
          </Space>
        </Form>
      </Card>
    </>
  );
}
