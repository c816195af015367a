import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Empty, Input, InputNumber, List, Radio, Segmented, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useCluster, type ClusterDetailView } from '../api/get-cluster';
import { useYearOverview } from '../api/get-year-overview';
import { useRound, type RoundView } from '../api/get-round';
import { useOpenRound } from '../api/open-round';
import { useSubmitScores } from '../api/submit-scores';
import { useCloseRound } from '../api/close-round';
import { useBallot } from '../api/get-ballot';
import { useOpenBallot } from '../api/open-ballot';
import { useCastClusterVote } from '../api/cast-vote';
import { useCloseBallot } from '../api/close-ballot';
import { useCreateProposalDossier } from '../api/create-proposal-dossier';
import { useUploadEvidence } from '../api/upload-evidence';
import { useRotation } from '../api/get-rotation';
import { useRecordElection } from '../api/record-election';
import { todayIso } from '@/lib/dates';
import { AWARD_LABEL, CONFERENCE_LABEL, CRITERION_KIND_LABEL, DEFAULT_CRITERIA, INDICATOR_LABEL, PROPOSAL_STATUS_LABEL, fmtNumber } from '../components/text';

type Org = { id: string; name: string };

/** The cluster dashboard: a year's members, leaders, pledge, indicators, scoring, ballot and proposals. */
export default function ClusterPage() {
  const { id = '' } = useParams();
  const [sp, setSp] = useSearchParams();
  const detail = useCluster(id);
  const year = Number(sp.get('nam') ?? new Date().getFullYear());
  const years = useMemo(() => {
    const ys = new Set<number>([...(detail.data?.years ?? []), new Date().getFullYear(), new Date().getFullYear() - 1, year]);
    return [...ys].sort((a, b) => b - a);
  }, [detail.data, year]);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const d = detail.data;
  return (
    <>
      <PageHeader
        title={d?.name ?? 'Cụm thi đua'}
        subtitle={d ? `Cơ quan tổ chức: ${d.organiser.name}` : undefined}
        extra={
          <Space>
            <Typography.Text>Năm</Typography.Text>
            <Select aria-label="Năm" value={year} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y) => setSp({ nam: String(y) })} />
          </Space>
        }
      />
      {d?.note ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={d.note} /> : null}
      {d ? (
        <Tabs
          items={[
            { key: 'overview', label: 'Tổng quan', children: <Overview d={d} year={year} /> },
            { key: 'round', label: 'Chấm điểm', children: <RoundTab d={d} year={year} /> },
            { key: 'ballot', label: 'Bỏ phiếu suy tôn', children: <BallotTab d={d} year={year} /> },
            { key: 'proposals', label: 'Đề nghị khen thưởng', children: <ProposalsTab d={d} year={year} /> },
          ]}
        />
      ) : null}
    </>
  );
}

function Overview({ d, year }: { d: ClusterDetailView; year: number }) {
  const o = useYearOverview(d.id, year);
  if (o.error) return <ErrorAlert error={o.error} />;
  const v = o.data;
  const grdp = (v?.indicators ?? []).filter((i) => i.code === 'grdp_growth' && i.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const maxG = Math.max(1, ...grdp.map((g) => g.value ?? 0));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={`Năm ${year}`} loading={o.isPending}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Cụm trưởng">{v?.leader?.name ?? 'Chưa bầu'}</Descriptions.Item>
          <Descriptions.Item label="Cụm phó">{v?.deputies.map((x) => x.name).join(', ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="Số thành viên">{v?.members.length ?? 0}</Descriptions.Item>
        </Descriptions>
        <Table
          data-testid="cluster-members"
          size="small"
          rowKey={(m) => m.organisation.id}
          pagination={false}
          dataSource={v?.members ?? []}
          columns={[
            { title: 'Thành viên', key: 'name', render: (_, m) => m.organisation.name },
            { title: 'Từ ngày', key: 'from', render: (_, m) => fmtDate(m.validFrom) },
            { title: 'Đến ngày', key: 'to', render: (_, m) => fmtDate(m.validTo) },
            { title: 'Ghi chú', key: 'note', render: (_, m) => m.note },
          ]}
        />
      </Card>
      {d.abilities.manage && v && !v.leader ? <ElectionCard d={d} year={year} /> : null}
      <Card title="Lịch sử cụm trưởng, cụm phó">
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          dataSource={d.officers}
          columns={[
            { title: 'Năm', dataIndex: 'year' },
            { title: 'Cụm trưởng', key: 'l', render: (_, r) => r.leader?.name ?? '—' },
            { title: 'Cụm phó', key: 'd', render: (_, r) => r.deputies.map((x) => x.name).join(', ') || '—' },
          ]}
        />
      </Card>
      <Card title="Giao ước thi đua">
        {v && v.pledge.commitments.length ? (
          <>
            <Typography.Paragraph type="secondary">
              Ký ngày {fmtDate(v.pledge.signedOn)} {v.pledge.place ? `tại ${v.pledge.place}` : ''}
            </Typography.Paragraph>
            <List size="small" dataSource={v.pledge.commitments} renderItem={(c) => <List.Item>{`${c.number}. ${c.text}`}</List.Item>} />
            <Typography.Paragraph type="secondary">Đơn vị ký: {v.pledge.signatures.map((s) => s.organisation.name).join(', ')}</Typography.Paragraph>
          </>
        ) : (
          <Empty description="Chưa có giao ước của năm này" />
        )}
      </Card>
      <Card title="Chỉ tiêu các thành viên báo cáo">
        {grdp.length ? (
          <div aria-label="Biểu đồ tăng trưởng GRDP" style={{ marginBottom: 16 }}>
            {grdp.map((g) => (
              <div key={g.organisation?.id} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '2px 0' }}>
                <span style={{ width: 120 }}>{g.organisation?.name}</span>
                <div style={{ background: '#c41d1d', height: 14, width: `${((g.value ?? 0) / maxG) * 60}%` }} />
                <span>{fmtNumber(g.value)}%</span>
              </div>
            ))}
          </div>
        ) : null}
        <Table
          size="small"
          rowKey={(i) => `${i.code}-${i.organisation?.id ?? 'cum'}`}
          pagination={false}
          dataSource={v?.indicators ?? []}
          columns={[
            { title: 'Chỉ tiêu', key: 'c', render: (_, i) => INDICATOR_LABEL[i.code] ?? i.code },
            { title: 'Đơn vị', key: 'o', render: (_, i) => i.organisation?.name ?? 'Toàn cụm' },
            { title: 'Giá trị', key: 'v', render: (_, i) => (i.numerator !== null && i.denominator !== null ? `${fmtNumber(i.numerator, 0)}/${fmtNumber(i.denominator, 0)}` : `${fmtNumber(i.value)}${i.unit === '%' ? '%' : ''}`) },
            { title: 'Nguồn', dataIndex: 'source' },
          ]}
        />
      </Card>
      <Card title="Hội nghị và phong trào">
        <List
          size="small"
          dataSource={v?.conferences ?? []}
          locale={{ emptyText: 'Chưa có hội nghị' }}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={`${CONFERENCE_LABEL[c.kind]} – ${fmtDate(c.heldOn)}${c.place ? `, ${c.place}` : ''}`} description={c.minutes} />
            </List.Item>
          )}
        />
        <List size="small" header="Phong trào thi đua" dataSource={v?.movements ?? []} renderItem={(m) => <List.Item>{`${m.title} (${m.authorityLabel})`}</List.Item>} />
      </Card>
    </Space>
  );
}

/** The secretariat records the election; thidua proposes the rotation (members that have not led for longest). */
function ElectionCard({ d, year }: { d: ClusterDetailView; year: number }) {
  const { message } = App.useApp();
  const rot = useRotation(d.id, year);
  const rec = useRecordElection();
  if (rot.error) return <ErrorAlert error={rot.error} />;
  const r = rot.data;
  return (
    <Card title={`Đề xuất luân phiên cụm trưởng, cụm phó năm ${year}`} loading={rot.isPending}>
      {r ? (
        <>
          <Typography.Paragraph>
            Cụm trưởng: <b>{r.leader?.name ?? '—'}</b>; cụm phó: {r.deputies.map((x) => x.name).join(', ') || '—'}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            Thứ tự đề xuất (lần làm cụm trưởng gần nhất): {r.order.map((o) => `${o.organisation.name} (${o.lastLed ?? 'chưa'})`).join(' → ')}
          </Typography.Paragraph>
          <Button
            disabled={!r.leader}
            loading={rec.isPending}
            onClick={() =>
              rec.mutate(
                { id: d.id, year, leaderId: r.leader!.id, deputyIds: r.deputies.map((x) => x.id), electedOn: todayIso() },
                { onSuccess: () => void message.success('Đã ghi nhận kết quả bầu'), onError: (e) => void message.error(e.message) },
              )
            }
          >
            Ghi nhận kết quả bầu theo đề xuất
          </Button>
        </>
      ) : null}
    </Card>
  );
}

function RankingTable({ rows }: { rows: RoundView['ranking'] }) {
  return (
    <Table
      data-testid="cluster-ranking"
      size="small"
      rowKey={(r) => r.organisation.id}
      pagination={false}
      dataSource={rows}
      columns={[
        { title: 'Hạng', dataIndex: 'rank', width: 70 },
        { title: 'Thành viên', key: 'o', render: (_, r) => r.organisation.name },
        { title: 'Tổng điểm', key: 's', render: (_, r) => fmtNumber(r.score) },
        { title: 'Điểm tiêu chí bắt buộc', key: 'm', render: (_, r) => fmtNumber(r.mandatoryScore) },
        { title: 'Thưởng / trừ', key: 'b', render: (_, r) => `+${fmtNumber(r.bonus)} / −${fmtNumber(r.penalty)}` },
        { title: 'Tự chấm (không tính)', key: 'self', render: (_, r) => fmtNumber(r.selfScore) },
      ]}
    />
  );
}

function RoundTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { message } = App.useApp();
  const [view, setView] = useState<'raw' | 'normalised'>('raw');
  const q = useRound(d.id, year, view);
  const open = useOpenRound();
  const close = useCloseRound();
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  if (q.isPending) return <Card loading />;
  if (!r)
    return (
      <Card>
        <Empty description={`Chưa mở đợt chấm điểm năm ${year}`}>
          {d.abilities.manage ? (
            <Button type="primary" loading={open.isPending} onClick={() => open.mutate({ id: d.id, year, body: { criteria: DEFAULT_CRITERIA } }, { onSuccess: () => void message.success('Đã mở đợt chấm điểm'), onError: (e) => void message.error(e.message) })}>
              Mở đợt chấm điểm
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            Đợt chấm điểm năm {year}
            <Tag color={r.status === 'open' ? 'green' : 'default'}>{r.status === 'open' ? 'Đang chấm' : 'Đã khóa điểm'}</Tag>
          </Space>
        }
        extra={
          r.abilities.manage && r.status === 'open' ? (
            <Button danger loading={close.isPending} onClick={() => close.mutate({ id: d.id, year }, { onSuccess: () => void message.success('Đã khóa điểm và lập bảng xếp hạng'), onError: (e) => void message.error(e.message) })}>
              Khóa điểm
            </Button>
          ) : null
        }
      >
        <Table
          data-testid="cluster-progress"
          size="small"
          rowKey={(p) => p.organisation.id}
          pagination={false}
          dataSource={r.progress}
          columns={[
            { title: 'Thành viên', key: 'o', render: (_, p) => p.organisation.name },
            { title: 'Tự chấm', key: 's', render: (_, p) => (p.selfAssessed ? <Tag color="green">Đã nộp</Tag> : <Tag>Chưa nộp</Tag>) },
            { title: 'Chấm đơn vị khác', key: 'a', render: (_, p) => `${p.assessedOthers}/${p.othersToAssess}` },
          ]}
        />
      </Card>
      {r.status === 'open' && r.abilities.participateAs.length ? <ScoreForm d={d} year={year} r={r} /> : null}
      {r.ranking.length ? (
        <Card title="Bảng xếp hạng" extra={<Segmented value={view} onChange={(v) => setView(v as 'raw' | 'normalised')} options={[{ value: 'raw', label: 'Điểm gốc' }, { value: 'normalised', label: 'Chuẩn hóa theo người chấm' }]} />}>
          <RankingTable rows={r.ranking} />
        </Card>
      ) : null}
    </Space>
  );
}

function ScoreForm({ d, year, r }: { d: ClusterDetailView; year: number; r: RoundView }) {
  const { message } = App.useApp();
  const [as, setAs] = useState(r.abilities.participateAs[0]!);
  const [pts, setPts] = useState<Record<string, number | null>>({});
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, { id: string; fileName: string }>>({});
  const submit = useSubmitScores();
  const upload = useUploadEvidence();
  const members = r.progress.map((p) => p.organisation as Org);
  const others = members.filter((m) => m.id !== as);
  const key = (assessee: string, code: string) => `${assessee}|${code}`;
  const send = (self: boolean) => {
    const targets = self ? [as] : others.map((o) => o.id);
    const items = targets.flatMap((t) =>
      r.criteria
        .filter((c) => pts[key(t, c.code)] !== undefined && pts[key(t, c.code)] !== null)
        .map((c) => ({ assesseeId: t, criterionCode: c.code, points: pts[key(t, c.code)]!, ...(self && (evidence[c.code] || files[c.code]) ? { evidence: [{ title: evidence[c.code] || files[c.code]!.fileName, ...(files[c.code] ? { fileId: files[c.code]!.id } : {}) }] } : {}) })),
    );
    if (!items.length) return void message.warning('Chưa nhập điểm');
    submit.mutate(
      { id: d.id, year, body: { as: self ? 'self' : 'member', assessorOrgId: as, items } },
      { onSuccess: () => void message.success(self ? 'Đã gửi phần tự chấm' : 'Đã gửi điểm chấm'), onError: (e) => void message.error(e.message) },
    );
  };
  const cols = [
    { title: 'Tiêu chí', key: 'c', render: (_: unknown, c: RoundView['criteria'][number]) => `${c.code}. ${c.title} (${CRITERION_KIND_LABEL[c.kind]}, tối đa ${fmtNumber(c.maxPoints)})` },
    ...[{ id: as, name: 'Tự chấm' }, ...others].map((m) => ({
      title: m.name,
      key: m.id,
      render: (_: unknown, c: RoundView['criteria'][number]) => (
        <InputNumber
          aria-label={`${m.id === as ? 'Tự chấm' : m.name} – ${c.code}`}
          min={0}
          max={c.maxPoints}
          step={0.25}
          decimalSeparator=","
          value={pts[key(m.id, c.code)] ?? null}
          onChange={(v) => setPts((p) => ({ ...p, [key(m.id, c.code)]: v }))}
        />
      ),
    })),
    {
      title: 'Minh chứng (tự chấm)',
      key: 'e',
      render: (_: unknown, c: RoundView['criteria'][number]) => (
        <Space direction="vertical" size={4}>
          <Input aria-label={`Minh chứng ${c.code}`} placeholder={c.evidenceRequired ? 'Bắt buộc' : 'Không bắt buộc'} value={evidence[c.code] ?? ''} onChange={(e) => setEvidence((x) => ({ ...x, [c.code]: e.target.value }))} />
          <input
            type="file"
            aria-label={`Tệp minh chứng ${c.code}`}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              upload.mutate(
                { id: d.id, year, organisationId: as, criterionCode: c.code, file },
                { onSuccess: (f) => { setFiles((x) => ({ ...x, [c.code]: { id: f.id, fileName: f.fileName } })); void message.success(`Đã tải lên ${f.fileName}`); }, onError: (err) => void message.error(err.message) },
              );
            }}
          />
          {files[c.code] ? <Typography.Text type="secondary">{files[c.code]!.fileName}</Typography.Text> : null}
        </Space>
      ),
    },
  ];
  return (
    <Card
      title="Phiếu chấm điểm"
      extra={
        <Space>
          <Typography.Text>Thay mặt</Typography.Text>
          <Select aria-label="Thay mặt đơn vị" value={as} style={{ width: 200 }} onChange={setAs} options={r.abilities.participateAs.map((m) => ({ value: m, label: members.find((x) => x.id === m)?.name ?? m }))} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">Không chấm điểm cho chính đơn vị mình: phần tự chấm được lưu riêng và không tính vào tổng điểm. Mọi thay đổi điểm đều được lưu vết.</Typography.Paragraph>
      <Table data-testid="score-sheet" size="small" rowKey="id" pagination={false} dataSource={r.criteria} columns={cols} scroll={{ x: true }} />
      <Space style={{ marginTop: 12 }}>
        <Button loading={submit.isPending} onClick={() => send(true)}>
          Gửi phần tự chấm
        </Button>
        <Button type="primary" loading={submit.isPending} onClick={() => send(false)}>
          Gửi điểm chấm các đơn vị khác
        </Button>
      </Space>
    </Card>
  );
}

function BallotTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { message } = App.useApp();
  const q = useBallot(d.id, year);
  const round = useRound(d.id, year);
  const open = useOpenBallot();
  const close = useCloseBallot();
  const vote = useCastClusterVote();
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const participate = round.data?.abilities.participateAs ?? [];
  const [as, setAs] = useState<string | undefined>(undefined);
  const voter = as ?? participate[0];
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.isPending) return <Card loading />;
  const b = q.data;
  if (!b)
    return (
      <Card>
        <Empty description="Chưa mở bỏ phiếu suy tôn">
          {d.abilities.manage && round.data?.status === 'closed' ? (
            <Button type="primary" loading={open.isPending} onClick={() => open.mutate({ id: d.id, year }, { onSuccess: () => void message.success('Đã mở bỏ phiếu'), onError: (e) => void message.error(e.message) })}>
              Mở bỏ phiếu suy tôn
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  const canVote = b.status === 'open' && voter && !b.votedAs.includes(voter);
  return (
    <Card
      title={
        <Space>
          Bỏ phiếu suy tôn năm {year}
          <Tag color={b.status === 'open' ? 'green' : 'default'}>{b.status === 'open' ? 'Đang bỏ phiếu' : 'Đã kết thúc'}</Tag>
          <Typography.Text type="secondary">
            Đã bỏ phiếu: {b.voted}/{b.members}
          </Typography.Text>
        </Space>
      }
      extra={
        d.abilities.manage && b.status === 'open' ? (
          <Button danger loading={close.isPending} onClick={() => close.mutate({ id: d.id, year }, { onSuccess: () => void message.success('Đã kiểm phiếu và lập đề nghị'), onError: (e) => void message.error(e.message) })}>
            Kết thúc bỏ phiếu
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        Phiếu kín: sau khi gửi, phiếu không gắn với đơn vị bỏ phiếu. Mỗi thành viên bỏ phiếu một lần, không bỏ phiếu cho chính mình. Ngưỡng: {b.threshold.comparison === 'more_than' ? 'trên' : 'từ'} {b.threshold.percent}% tổng số thành viên (trừ đơn vị được đề nghị).
      </Typography.Paragraph>
      {participate.length > 1 ? <Select aria-label="Bỏ phiếu thay mặt" value={voter} onChange={setAs} style={{ width: 220, marginBottom: 12 }} options={participate.map((m) => ({ value: m, label: round.data?.progress.find((p) => p.organisation.id === m)?.organisation.name ?? m }))} /> : null}
      <Table
        data-testid="ballot-nominees"
        size="small"
        rowKey={(n) => n.organisation.id}
        pagination={false}
        dataSource={b.nominees}
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 70 },
          { title: 'Đơn vị được đề nghị', key: 'o', render: (_, n) => n.organisation.name },
          { title: 'Hình thức', key: 'a', render: (_, n) => AWARD_LABEL[n.award] ?? n.award },
          {
            title: 'Phiếu của bạn',
            key: 'v',
            render: (_, n) =>
              canVote && n.organisation.id !== voter ? (
                <Radio.Group aria-label={`Phiếu cho ${n.organisation.name}`} value={choices[n.organisation.id]} onChange={(e) => setChoices((c) => ({ ...c, [n.organisation.id]: e.target.value as boolean }))}>
                  <Radio value={true}>Đồng ý</Radio>
                  <Radio value={false}>Không đồng ý</Radio>
                </Radio.Group>
              ) : n.organisation.id === voter ? (
                <Typography.Text type="secondary">Không bỏ phiếu cho chính mình</Typography.Text>
              ) : null,
          },
          ...(b.result
            ? [{ title: 'Kết quả', key: 'r', render: (_: unknown, n: (typeof b.nominees)[number]) => {
                const t = b.result!.find((x) => x.organisation.id === n.organisation.id);
                return t ? <Tag color={t.passed ? 'green' : 'red'}>{`${t.votesFor}/${t.denominator} ${t.passed ? 'đạt' : 'không đạt'}`}</Tag> : null;
              } }]
            : []),
        ]}
      />
      {canVote ? (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={vote.isPending}
          onClick={() => {
            const cs = b.nominees.filter((n) => n.organisation.id !== voter && choices[n.organisation.id] !== undefined).map((n) => ({ nomineeId: n.organisation.id, approve: choices[n.organisation.id]! }));
            if (!cs.length) return void message.warning('Chưa chọn phiếu');
            vote.mutate({ id: d.id, year, voterOrgId: voter!, choices: cs }, { onSuccess: () => { setChoices({}); void message.success('Đã gửi phiếu'); }, onError: (e) => void message.error(e.message) });
          }}
        >
          Gửi phiếu
        </Button>
      ) : voter && b.votedAs.includes(voter) ? (
        <Alert style={{ marginTop: 12 }} type="success" showIcon message="Đơn vị đã bỏ phiếu." />
      ) : null}
    </Card>
  );
}

function ProposalsTab({ d, year }: { d: ClusterDetailView; year: number }) {
  const { message } = App.useApp();
  const o = useYearOverview(d.id, year);
  const make = useCreateProposalDossier();
  if (o.error) return <ErrorAlert error={o.error} />;
  const ps = o.data?.proposals ?? [];
  const base = `/api/v1/clusters/${d.id}/years/${year}`;
  return (
    <Card
      title={`Đề nghị khen thưởng năm ${year}`}
      extra={
        ps.length ? (
          <Space>
            <a href={`${base}/minutes.docx`}>Biên bản kiểm phiếu (.docx)</a>
            <a href={`${base}/letter.docx`}>Tờ trình đề nghị (.docx)</a>
          </Space>
        ) : null
      }
    >
      <Table
        data-testid="cluster-proposals"
        size="small"
        rowKey="id"
        loading={o.isPending}
        pagination={false}
        dataSource={ps}
        locale={{ emptyText: 'Chưa có đề nghị' }}
        columns={[
          { title: 'Đơn vị', key: 'o', render: (_, p) => p.organisation.name },
          { title: 'Hình thức', key: 'a', render: (_, p) => AWARD_LABEL[p.award] ?? p.award },
          { title: 'Hạng', dataIndex: 'rank' },
          { title: 'Điểm', key: 's', render: (_, p) => fmtNumber(p.score) },
          { title: 'Phiếu suy tôn', dataIndex: 'votesFor' },
          { title: 'Trạng thái', key: 'st', render: (_, p) => <Tag>{PROPOSAL_STATUS_LABEL[p.status] ?? p.status}</Tag> },
          {
            title: 'Hồ sơ',
            key: 'd',
            render: (_, p) =>
              p.dossierId ? (
                <a href={paths.dossier(p.dossierId)}>Xem hồ sơ</a>
              ) : (
                <Button size="small" loading={make.isPending} onClick={() => make.mutate({ id: d.id, year, proposalId: p.id }, { onSuccess: () => void message.success('Đã lập hồ sơ đề nghị'), onError: (e) => void message.error(e.message) })}>
                  Lập hồ sơ
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
