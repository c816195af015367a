import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Input, Select, Skeleton, Space, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate, fmtDateTime, todayIso } from '@/lib/dates';
import { useSession } from '@/lib/session';
import { paths } from '@/lib/paths';
import { useDossier } from '../api/get-dossier';
import { useTransitionDossier } from '../api/transition-dossier';
import { useUploadAttachment } from '../api/upload-attachment';
import { useIssueDecision } from '../api/issue-decision';
import { Countdown } from '../components/Countdown';
import { ACTION_LABEL, DOC_KIND_LABEL, NEEDS_REASON, STEP_LABEL, VERDICT_LABEL } from '../components/text';

/** One dossier: nominees with eligibility, documents (upload, download), deadline, workflow steps, history. */
export default function DossierPage() {
  const { id } = useParams();
  const dossier = useDossier(id);
  const step = useTransitionDossier();
  const upload = useUploadAttachment();
  const [note, setNote] = useState('');
  const [kind, setKind] = useState<string>('to_trinh');
  const issue = useIssueDecision();
  const navigate = useNavigate();
  const { user } = useSession();
  const [idemKey] = useState(() => crypto.randomUUID());
  if (dossier.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (dossier.isError) return <NotFoundInline error={dossier.error} backTo={paths.dossiers} backLabel="Về danh sách hồ sơ" />;
  const d = dossier.data;
  const act = (action: string) =>
    action === 'issue_decision'
      ? issue.mutate(
          { dossierIds: [d.id], date: todayIso(), signerName: (note.trim() || user.displayName.split(' – ')[0]) ?? '', key: idemKey },
          { onSuccess: (dec) => void navigate(paths.decision(dec.id)) },
        )
      : step.mutate(
          {
            id: d.id,
            version: d.version,
            action,
            ...(action === 'appraise' ? { opinion: note } : NEEDS_REASON.has(action) ? { reason: note } : {}),
          },
          { onSuccess: () => setNote('') },
        );
  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.dossiers}>← Về danh sách hồ sơ</Link>
      </nav>
      <PageHeader title={d.title} subtitle={`${d.awardName} · ${d.ownerOrgName ?? ''}`} extra={<Tag color="blue">{d.statusLabel}</Tag>} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">Thông tin hồ sơ</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label="Hình thức">{d.awardName}</Descriptions.Item>
            <Descriptions.Item label={d.achievementYear ? 'Năm thành tích' : 'Giai đoạn thành tích'}>
              {d.achievementYear ?? `${d.periodFrom}–${d.periodTo}`}
            </Descriptions.Item>
            <Descriptions.Item label="Trạng thái">{d.statusLabel}</Descriptions.Item>
            <Descriptions.Item label="Thời hạn">
              {d.deadline ? (
                <Space>
                  {STEP_LABEL[d.deadline.step] ?? d.deadline.step}
                  <Countdown due={d.deadline.due} left={d.deadline.workingDaysLeft} overdue={d.deadline.overdue} />
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            {d.returnReason ? <Descriptions.Item label="Lý do trả lại">{d.returnReason}</Descriptions.Item> : null}
            {d.appraisalOpinion ? <Descriptions.Item label="Ý kiến thẩm định">{d.appraisalOpinion}</Descriptions.Item> : null}
            {d.posting ? (
              <Descriptions.Item label="Công khai">{`${fmtDate(d.posting.from)} – ${fmtDate(d.posting.until)} (${d.posting.comments} ý kiến)`}</Descriptions.Item>
            ) : null}
            {d.decisionId ? (
              <Descriptions.Item label="Quyết định">
                <Link to={paths.decision(d.decisionId)}>Xem quyết định</Link>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>

        <Card title={<h2 className="card-title">Người, tập thể được đề nghị</h2>}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.subjects}
            columns={[
              { title: 'Họ và tên / tập thể / hộ', dataIndex: 'name' },
              {
                title: 'Đối tượng',
                key: 'kind',
                render: (_, s) => <Tag>{s.kind === 'individual' ? 'Cá nhân' : s.kind === 'collective' ? 'Tập thể' : 'Hộ gia đình'}</Tag>,
              },
              { title: 'Đơn vị', dataIndex: 'organisation' },
              {
                title: 'Điều kiện (máy kiểm tra)',
                key: 'elig',
                render: (_, s) => {
                  const v = s.eligibility ? VERDICT_LABEL[s.eligibility.verdict] : undefined;
                  return v ? (
                    <Space orientation="vertical" size={0}>
                      <Tag color={v.color}>{v.text}</Tag>
                      {(s.eligibility?.unmet ?? []).map((u, i) => (
                        <Typography.Text key={i} type="secondary">
                          {u.message}
                        </Typography.Text>
                      ))}
                    </Space>
                  ) : (
                    '—'
                  );
                },
              },
              {
                title: 'Kết quả Hội đồng',
                key: 'res',
                render: (_, s) =>
                  s.result ? (
                    <Tag color={s.result === 'approved' ? 'green' : 'red'}>{s.result === 'approved' ? 'Tán thành' : 'Không tán thành'}</Tag>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>

        <Card
          title={<h2 className="card-title">Thành phần hồ sơ</h2>}
          extra={
            <Space>
              <a href="/api/v1/dossiers/achievement-report-template.docx">
                <DownloadOutlined /> Mẫu báo cáo thành tích
              </a>
              <a href={`/api/v1/dossiers/${d.id}/package.zip`}>
                <DownloadOutlined /> Gói hồ sơ (.zip)
              </a>
            </Space>
          }
        >
          {d.missingDocuments.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`Còn thiếu: ${d.missingDocuments.map((k) => DOC_KIND_LABEL[k] ?? k).join(', ')}`}
            />
          ) : null}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.attachments ?? []}
            columns={[
              { title: 'Thành phần', key: 'kind', render: (_, a) => DOC_KIND_LABEL[a.kind] ?? a.kind },
              { title: 'Tệp', key: 'file', render: (_, a) => <a href={`/api/v1/dossiers/${d.id}/attachments/${a.id}`}>{a.fileName}</a> },
              { title: 'Người tải lên', dataIndex: 'uploadedBy' },
              { title: 'Thời điểm', key: 'at', render: (_, a) => fmtDateTime(a.uploadedAt) },
              { title: 'SHA-256', key: 'sha', render: (_, a) => <Typography.Text code>{a.sha256.slice(0, 12)}…</Typography.Text> },
            ]}
          />
          {d.abilities.upload ? (
            <Space style={{ marginTop: 12 }} wrap>
              <Select
                aria-label="Loại thành phần"
                value={kind}
                onChange={setKind}
                style={{ minWidth: 240 }}
                options={Object.entries(DOC_KIND_LABEL).map(([value, label]) => ({ value, label }))}
              />
              <Upload
                accept=".pdf,.docx,.jpg,.jpeg,.png"
                showUploadList={false}
                beforeUpload={(file) => {
                  upload.mutate({ id: d.id, kind, file });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending}>
                  Tải lên (PDF, DOCX, JPG, PNG)
                </Button>
              </Upload>
            </Space>
          ) : null}
          <ErrorAlert error={upload.error} />
        </Card>

        {d.abilities.actions.length ? (
          <Card title={<h2 className="card-title">Xử lý hồ sơ</h2>}>
            <ErrorAlert error={step.error ?? issue.error} />
            <Input.TextArea
              aria-label="Lý do hoặc ý kiến thẩm định"
              placeholder="Lý do (trả lại, không đề nghị, rút), ý kiến thẩm định, hoặc họ tên người ký quyết định"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              rows={2}
              style={{ marginBottom: 12 }}
            />
            <Space wrap>
              {d.abilities.actions
                .filter((a) => a !== 'send_to_council')
                .map((a) => (
                  <Button
                    key={a}
                    type={['submit', 'resubmit', 'appraise', 'receive', 'issue_decision'].includes(a) ? 'primary' : 'default'}
                    danger={a === 'reject' || a === 'withdraw'}
                    loading={(step.isPending && step.variables?.action === a) || (a === 'issue_decision' && issue.isPending)}
                    onClick={() => act(a)}
                  >
                    {ACTION_LABEL[a] ?? a}
                  </Button>
                ))}
            </Space>
          </Card>
        ) : null}

        <Card title={<h2 className="card-title">Quá trình xử lý</h2>}>
          <Timeline
            items={(d.history ?? []).map((h) => ({
              children: (
                <span>
                  <strong>{ACTION_LABEL[h.action] ?? (h.action === 'create' ? 'Tạo hồ sơ' : h.action)}</strong> — {h.actor},{' '}
                  {fmtDateTime(h.at)}
                  {h.reason ? `: ${h.reason}` : ''}
                </span>
              ),
            }))}
          />
        </Card>
      </Space>
    </>
  );
}
