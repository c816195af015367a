import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Descriptions, Drawer, Input, InputNumber, Progress, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { useCan } from '@/lib/session';
import { useRegistrySearch, type RegistryItem } from '../api/search-registry';
import { useImport } from '../api/get-import';
import { useUploadImport } from '../api/upload-import';
import { useCommitImport } from '../api/commit-import';
import { useDuplicates, useMergeDuplicate, useNotDuplicate, useUndoMerge } from '../api/duplicates';

// The registry screens (issue #6). Texts are Vietnamese in the component for now (not yet in the
// i18n catalogue).
const STATUS = { valid: ['green', 'Còn hiệu lực'], revoked: ['red', 'Đã thu hồi'], reissued: ['orange', 'Đã cấp lại'] } as const;
const IMPORT_STATUS: Record<string, string> = { queued: 'Đang chờ', parsing: 'Đang kiểm tra tệp', previewed: 'Đã kiểm tra', committing: 'Đang ghi', committed: 'Đã ghi xong', failed: 'Thất bại' };

function useDebounced<T>(v: T, ms = 250): T {
  const [d, setD] = useState(v);
  useEffect(() => {
    const h = setTimeout(() => setD(v), ms);
    return () => clearTimeout(h);
  }, [v, ms]);
  return d;
}

function SearchTab() {
  const [sp, setSp] = useSearchParams();
  const [text, setText] = useState(sp.get('q') ?? '');
  const [birthYear, setBirthYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<RegistryItem | null>(null);
  const q = useDebounced(text.trim());
  const qId = useId();
  useEffect(() => {
    setPage(1);
    setSp((p) => {
      const n = new URLSearchParams(p);
      if (q) n.set('q', q);
      else n.delete('q');
      return n;
    }, { replace: true });
  }, [q, setSp]);
  const res = useRegistrySearch({ q: q || undefined, birthYear: birthYear ?? undefined, limit: 20, offset: (page - 1) * 20 });
  const columns: TableColumnsType<RegistryItem> = [
    { title: 'Họ và tên', render: (_, r) => r.person?.fullName ?? r.subjectName ?? '—' },
    { title: 'Năm sinh', render: (_, r) => r.person?.birthYear ?? '—', width: 90 },
    { title: 'Hình thức', dataIndex: 'award' },
    { title: 'Năm thành tích', dataIndex: 'year', width: 120 },
    { title: 'Số quyết định', render: (_, r) => r.decision.number ?? '—' },
    { title: 'Ngày', render: (_, r) => fmtDate(r.decision.date), responsive: ['md'] },
    { title: 'Đơn vị', render: (_, r) => r.organisation?.name ?? r.organisationText ?? '—', responsive: ['lg'] },
    { title: 'Trạng thái', dataIndex: 'status', render: (s: keyof typeof STATUS) => <Tag color={STATUS[s][0]}>{STATUS[s][1]}</Tag> },
  ];
  return (
    <>
      <Card className="filter-card">
        <Space wrap>
          <label htmlFor={qId} className="field-label">
            Họ tên (gõ có dấu hoặc không dấu, thứ tự bất kỳ)
          </label>
          <Input id={qId} allowClear autoFocus style={{ width: 360 }} value={text} onChange={(e) => setText(e.target.value)} placeholder="vd: nguyen van an" maxLength={200} />
          <InputNumber aria-label="Năm sinh" placeholder="Năm sinh" min={1850} max={2100} value={birthYear} onChange={(v) => setBirthYear(v)} />
        </Space>
      </Card>
      {res.error ? <ErrorAlert error={res.error} /> : null}
      <Table<RegistryItem>
        rowKey="id"
        loading={res.isFetching}
        dataSource={res.data?.items ?? []}
        columns={columns}
        onRow={(r) => ({ onClick: () => setOpen(r), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: res.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (n) => `${n.toLocaleString('vi-VN')}${res.data?.totalCapped ? '+' : ''} mục` }}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title="Chi tiết khen thưởng" width={520}>
        {open ? (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="Họ và tên">{open.person?.fullName ?? open.subjectName}</Descriptions.Item>
            <Descriptions.Item label="Năm sinh">{open.person?.birthYear ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Quê quán">{open.person?.hometown ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Hình thức">{open.award}</Descriptions.Item>
            <Descriptions.Item label="Loại hình">{open.type}</Descriptions.Item>
            <Descriptions.Item label="Năm thành tích">{open.year ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Quyết định">{`${open.decision.number ?? '—'} ngày ${fmtDate(open.decision.date) || '—'}`}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan ban hành">{open.decision.authority ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị (tại ngày quyết định)">{open.organisation?.name ?? open.organisationText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Số chứng nhận">{open.certificateCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Trạng thái">{STATUS[open.status][1]}</Descriptions.Item>
            <Descriptions.Item label="Nguồn">{open.source}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
    </>
  );
}

function ImportTab() {
  const [commit, setCommit] = useState(false);
  const [id, setId] = useState<string | null>(null);
  const upload = useUploadImport();
  const doCommit = useCommitImport();
  const imp = useImport(id);
  const v = imp.data;
  const pct = v && v.counts.valid > 0 ? Math.round((100 * (v.counts.created + v.counts.existing)) / v.counts.valid) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Space wrap>
          <Button href="/api/v1/registry/imports/template.xlsx">Tải tệp mẫu (.xlsx)</Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate({ file, commit }, { onSuccess: (r) => setId(r.id) });
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
              Chọn tệp .xlsx / .csv
            </Button>
          </Upload>
          <Checkbox checked={commit} onChange={(e) => setCommit(e.target.checked)}>
            Ghi ngay các dòng hợp lệ
          </Checkbox>
        </Space>
      </Card>
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
      {v ? (
        <Card title={`${v.fileName} — ${IMPORT_STATUS[v.status] ?? v.status}`}>
          <Typography.Paragraph>
            Số dòng: {v.counts.rows} · hợp lệ: {v.counts.valid} · lỗi: {v.counts.invalid} · đã tạo: {v.counts.created} · đã có: {v.counts.existing}
          </Typography.Paragraph>
          {v.status === 'committing' || v.status === 'committed' ? <Progress percent={v.status === 'committed' ? 100 : pct} /> : null}
          {v.failure ? <Alert type="error" message={v.failure} /> : null}
          {v.status === 'previewed' && v.counts.valid > 0 ? (
            <Button type="primary" loading={doCommit.isPending} onClick={() => doCommit.mutate(v.id)}>
              Ghi {v.counts.valid} dòng hợp lệ
            </Button>
          ) : null}
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.code}`}
            dataSource={v.errors}
            pagination={{ pageSize: 20 }}
            title={() => 'Lỗi'}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 80 },
              { title: 'Cột', dataIndex: 'column' },
              { title: 'Mã', dataIndex: 'code' },
              { title: 'Nội dung', dataIndex: 'message' },
            ]}
          />
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.code}-${r.message}`}
            dataSource={v.warnings}
            pagination={{ pageSize: 20 }}
            title={() => 'Cảnh báo'}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 80 },
              { title: 'Cột', dataIndex: 'column' },
              { title: 'Nội dung', dataIndex: 'message' },
              { title: 'Văn bản gốc', dataIndex: 'original' },
            ]}
          />
        </Card>
      ) : null}
    </Space>
  );
}

function DuplicatesTab() {
  const [page, setPage] = useState(1);
  const list = useDuplicates({ limit: 20, offset: (page - 1) * 20 });
  const merge = useMergeDuplicate();
  const undo = useUndoMerge();
  const notDup = useNotDuplicate();
  const [lastMerge, setLastMerge] = useState<string | null>(null);
  return (
    <>
      {lastMerge ? (
        <Alert
          type="success"
          message="Đã gộp hai hồ sơ."
          action={
            <Button size="small" onClick={() => undo.mutate(lastMerge, { onSuccess: () => setLastMerge(null) })}>
              Hoàn tác
            </Button>
          }
        />
      ) : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Table
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: 'Điểm', dataIndex: 'score', width: 70 },
          { title: 'Lý do', dataIndex: 'reasons', render: (r: string[]) => r.map((x) => <Tag key={x}>{x}</Tag>) },
          {
            title: 'Hai hồ sơ',
            render: (_, d) => (
              <Space direction="vertical">
                {d.people.map((p) => (
                  <Space key={p.id}>
                    <span>
                      {p.fullName} ({p.birthYear ?? '—'}) · {p.hometown ?? '—'} · {p.entries} lần khen
                    </span>
                    <Button size="small" onClick={() => merge.mutate({ id: d.id, keepPersonId: p.id }, { onSuccess: (m) => setLastMerge(m.id) })}>
                      Giữ hồ sơ này, gộp hồ sơ kia
                    </Button>
                  </Space>
                ))}
              </Space>
            ),
          },
          { title: '', render: (_, d) => <Button onClick={() => notDup.mutate(d.id)}>Không phải cùng một người</Button> },
        ]}
      />
    </>
  );
}

/** "Sổ khen thưởng": search (type-ahead), entry detail, import, duplicates review. */
export default function RegistryPage() {
  const canImport = useCan('registry.import');
  return (
    <>
      <PageHeader title="Sổ khen thưởng" subtitle="Tra cứu, nhập dữ liệu và rà soát hồ sơ trùng" />
      <Tabs
        items={[
          { key: 'search', label: 'Tra cứu', children: <SearchTab /> },
          ...(canImport
            ? [
                { key: 'import', label: 'Nhập từ tệp', children: <ImportTab /> },
                { key: 'duplicates', label: 'Rà soát trùng', children: <DuplicatesTab /> },
              ]
            : []),
        ]}
      />
    </>
  );
}
