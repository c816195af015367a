import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Input, Select, Skeleton, Space, Table, Tag, Timeline, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { fmtDateTime, todayIso } from '@/lib/dates';
import { useSession } from '@/lib/session';
import { paths } from '@/lib/paths';
import { useDossier } from '../api/get-dossier';
import { useTransitionDossier } from '../api/transition-dossier';
import { useUploadAttachment } from '../api/upload-attachment';
import { useIssueDecision } from '../api/issue-decision';
import { Countdown } from '../components/Countdown';
import {
  ACTION_LABEL,
  awardText,
  DOC_KIND_LABEL,
  DOC_KINDS,
  NEEDS_REASON,
  statusText,
  STEP_LABEL,
  SUBJECT_KIND_LABEL,
  unmetText,
  VERDICT_LABEL,
} from '../components/text';

/** One dossier: nominees with eligibility, documents (upload, download), deadline, workflow steps, history. */
export default function DossierPage() {
  const i18n = useI18n();
  const { t, locale, fmtDate, fmtNumber } = i18n;
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
  if (dossier.isError) return <NotFoundInline error={dossier.error} backTo={paths.dossiers} backLabel={t('dossiers.backToListLabel')} />;
  const d = dossier.data;
  const status = statusText(t, d.status, d.statusLabel);
  const award = awardText(locale, d.award, d.awardName);
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
      <nav aria-label={t('dossiers.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.dossiers}>{t('dossiers.backToList')}</Link>
      </nav>
      <PageHeader title={d.title} subtitle={`${award} · ${d.ownerOrgName ?? ''}`} extra={<Tag color="blue">{status}</Tag>} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('dossiers.dossier.info')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('dossiers.col.award')}>{award}</Descriptions.Item>
            <Descriptions.Item label={d.achievementYear ? t('dossiers.dossier.achievementYear') : t('dossiers.dossier.achievementPeriod')}>
              {d.achievementYear ?? `${d.periodFrom}–${d.periodTo}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('dossiers.col.status')}>{status}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.col.due')}>
              {d.deadline ? (
                <Space>
                  {STEP_LABEL(t, d.deadline.step)}
                  <Countdown due={d.deadline.due} left={d.deadline.workingDaysLeft} overdue={d.deadline.overdue} />
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            {d.returnReason ? <Descriptions.Item label={t('dossiers.dossier.returnReason')}>{d.returnReason}</Descriptions.Item> : null}
            {d.appraisalOpinion ? <Descriptions.Item label={t('dossiers.dossier.appraisalOpinion')}>{d.appraisalOpinion}</Descriptions.Item> : null}
            {d.posting ? (
              <Descriptions.Item label={t('dossiers.dossier.posting')}>
                {t('dossiers.dossier.postingValue', { from: fmtDate(d.posting.from), until: fmtDate(d.posting.until), n: fmtNumber(d.posting.comments) })}
              </Descriptions.Item>
            ) : null}
            {d.decisionId ? (
              <Descriptions.Item label={t('dossiers.dossier.decision')}>
                <Link to={paths.decision(d.decisionId)}>{t('dossiers.dossier.viewDecision')}</Link>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>

        <Card title={<h2 className="card-title">{t('dossiers.dossier.nominees')}</h2>}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.subjects}
            columns={[
              { title: t('dossiers.dossier.nomineeName'), dataIndex: 'name' },
              {
                title: t('dossiers.col.subjectKind'),
                key: 'kind',
                render: (_, s) => <Tag>{SUBJECT_KIND_LABEL(t, s.kind)}</Tag>,
              },
              { title: t('dossiers.dossier.unit'), dataIndex: 'organisation' },
              {
                title: t('dossiers.dossier.eligibility'),
                key: 'elig',
                render: (_, s) => {
                  const v = s.eligibility ? VERDICT_LABEL(t, s.eligibility.verdict) : undefined;
                  return v ? (
                    <Space orientation="vertical" size={0}>
                      <Tag color={v.color}>{v.text}</Tag>
                      {(s.eligibility?.unmet ?? []).map((u, i) => (
                        <Typography.Text key={i} type="secondary">
                          {unmetText(i18n, u)}
                        </Typography.Text>
                      ))}
                    </Space>
                  ) : (
                    '—'
                  );
                },
              },
              {
                title: t('dossiers.dossier.councilResult'),
                key: 'res',
                render: (_, s) =>
                  s.result ? (
                    <Tag color={s.result === 'approved' ? 'green' : 'red'}>{s.result === 'approved' ? t('dossiers.dossier.resultApproved') : t('dossiers.dossier.resultRejected')}</Tag>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </Card>

        <Card
          title={<h2 className="card-title">{t('dossiers.dossier.documents')}</h2>}
          extra={
            <Space>
              <a href="/api/v1/dossiers/achievement-report-template.docx">
                <DownloadOutlined /> {t('dossiers.dossier.reportTemplate')}
              </a>
              <a href={`/api/v1/dossiers/${d.id}/package.zip`}>
                <DownloadOutlined /> {t('dossiers.dossier.package')}
              </a>
            </Space>
          }
        >
          {d.missingDocuments.length ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('dossiers.dossier.missing', { list: d.missingDocuments.map((k) => DOC_KIND_LABEL(t, k)).join(', ') })}
            />
          ) : null}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.attachments ?? []}
            columns={[
              { title: t('dossiers.dossier.docKind'), key: 'kind', render: (_, a) => DOC_KIND_LABEL(t, a.kind) },
              { title: t('dossiers.dossier.file'), key: 'file', render: (_, a) => <a href={`/api/v1/dossiers/${d.id}/attachments/${a.id}`}>{a.fileName}</a> },
              { title: t('dossiers.dossier.uploadedBy'), dataIndex: 'uploadedBy' },
              { title: t('dossiers.dossier.uploadedAt'), key: 'at', render: (_, a) => fmtDateTime(a.uploadedAt) },
              { title: 'SHA-256', key: 'sha', render: (_, a) => <Typography.Text code>{a.sha256.slice(0, 12)}…</Typography.Text> },
            ]}
          />
          {d.abilities.upload ? (
            <Space style={{ marginTop: 12 }} wrap>
              <Select
                aria-label={t('dossiers.dossier.docKindSelect')}
                value={kind}
                onChange={setKind}
                style={{ minWidth: 240 }}
                options={DOC_KINDS.map((value) => ({ value, label: DOC_KIND_LABEL(t, value) }))}
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
                  {t('dossiers.dossier.upload')}
                </Button>
              </Upload>
            </Space>
          ) : null}
          <ErrorAlert error={upload.error} />
        </Card>

        {d.abilities.actions.length ? (
          <Card title={<h2 className="card-title">{t('dossiers.dossier.process')}</h2>}>
            <ErrorAlert error={step.error ?? issue.error} />
            <Input.TextArea
              aria-label={t('dossiers.dossier.noteAria')}
              placeholder={t('dossiers.dossier.notePlaceholder')}
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
                    {ACTION_LABEL(t, a)}
                  </Button>
                ))}
            </Space>
          </Card>
        ) : null}

        <Card title={<h2 className="card-title">{t('dossiers.dossier.history')}</h2>}>
          <Timeline
            items={(d.history ?? []).map((h) => ({
              children: (
                <span>
                  <strong>{h.action === 'create' ? t('dossiers.dossier.historyCreate') : ACTION_LABEL(t, h.action)}</strong> — {h.actor},{' '}
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
