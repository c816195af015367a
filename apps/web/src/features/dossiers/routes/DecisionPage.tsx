import { Link, useParams } from 'react-router';
import { Card, Descriptions, Skeleton, Space, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDecision } from '../api/get-decision';
import { CorrectDecisionForm } from '../components/CorrectDecisionForm';
import { RevokeDecisionForm } from '../components/RevokeDecisionForm';
import { DECISION_STATUS, decisionSummaryText, ENTRY_STATUS } from '../components/text';

/** One decision: its awards in the registry with their verification codes, and the downloads. */
export default function DecisionPage() {
  const { t, locale, fmtDate, fmtNumber } = useI18n();
  const { id } = useParams();
  const decision = useDecision(id);
  const mayRevoke = useCan('decision.issue');
  if (decision.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (decision.isError) return <NotFoundInline error={decision.error} backTo={paths.decisions} backLabel={t('dossiers.decision.backToListLabel')} />;
  const d = decision.data;
  const status = DECISION_STATUS(t, d.status);
  return (
    <>
      <nav aria-label={t('dossiers.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.decisions}>{t('dossiers.decision.backToList')}</Link>
      </nav>
      <PageHeader
        title={t('dossiers.decision.title', { number: d.number })}
        subtitle={decisionSummaryText(t, locale, d)}
        extra={
          <Space>
            <a href={`/api/v1/decisions/${d.id}/document.docx`}>
              <DownloadOutlined /> {t('dossiers.decision.document')}
            </a>
            {d.kind === 'award' ? (
              <a href={`/api/v1/decisions/${d.id}/certificates.pdf`}>
                <DownloadOutlined /> {t('dossiers.decision.certificates')}
              </a>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('dossiers.decision.date')}>{fmtDate(d.date)}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.decisions.authority')}>{d.authority}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.col.status')}>
              <Tag color={status?.color}>{status?.text}</Tag>
            </Descriptions.Item>
            {d.referencesId ? (
              <Descriptions.Item label={d.kind === 'correction' ? t('dossiers.decision.corrects') : t('dossiers.decision.revokes')}>
                <Link to={paths.decision(d.referencesId)}>
                  {d.kind === 'correction' ? t('dossiers.decision.viewCorrected') : t('dossiers.decision.viewRevoked')}
                </Link>
              </Descriptions.Item>
            ) : null}
            {d.revokedBy.length ? (
              <Descriptions.Item label={t('dossiers.decision.revokedBy')}>
                {d.revokedBy.map((r) => (
                  <Link key={r.id} to={paths.decision(r.id)}>
                    {r.number} ({fmtDate(r.date)})
                  </Link>
                ))}
              </Descriptions.Item>
            ) : null}
            {d.correctedBy.length ? (
              <Descriptions.Item label={t('dossiers.decision.correctedBy')}>
                <Space wrap>
                  {d.correctedBy.map((r) => (
                    <Link key={r.id} to={paths.decision(r.id)}>
                      {r.number} ({fmtDate(r.date)})
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
            ) : null}
            {d.reason ? <Descriptions.Item label={t('dossiers.decision.reason')}>{d.reason}</Descriptions.Item> : null}
          </Descriptions>
        </Card>
        {d.kind === 'award' ? (
          <Card title={<h2 className="card-title">{t('dossiers.decision.entries', { n: fmtNumber(d.entries.length) })}</h2>}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.entries}
              columns={[
                { title: t('dossiers.col.nameOrCollective'), dataIndex: 'name' },
                {
                  title: t('dossiers.decision.code'),
                  key: 'c',
                  render: (_, e) =>
                    e.certificateCode ? (
                      <a href={`/verify/${encodeURIComponent(e.certificateCode)}`} target="_blank" rel="noreferrer">
                        {e.certificateCode}
                      </a>
                    ) : (
                      '—'
                    ),
                },
                {
                  title: t('dossiers.col.status'),
                  key: 's',
                  render: (_, e) => {
                    const st = ENTRY_STATUS(t, e.status);
                    return <Tag color={st?.color}>{st?.text ?? e.status}</Tag>;
                  },
                },
              ]}
            />
          </Card>
        ) : null}
        {mayRevoke && d.kind === 'award' && d.status !== 'revoked' ? (
          <>
            <CorrectDecisionForm decisionId={d.id} decisionNumber={d.number} entries={d.entries} />
            <RevokeDecisionForm decisionId={d.id} decisionNumber={d.number} />
          </>
        ) : null}
      </Space>
    </>
  );
}
