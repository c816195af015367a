import { Link } from 'react-router';
import { Card, Table, Tag } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useDecisions, type DecisionRow } from '../api/list-decisions';
import { DECISION_STATUS, decisionSummaryText } from '../components/text';

// Kept for importers of the former map; it now takes the translator and lives in ../components/text.
export { DECISION_STATUS } from '../components/text';

/** Issued decisions, newest first, with their summary in the user's language and how many they award or revoke. */
export default function DecisionsPage() {
  const { t, locale, fmtDate, fmtNumber } = useI18n();
  const list = useDecisions({ limit: 100, offset: 0 });
  return (
    <>
      <PageHeader title={t('dossiers.decisions.title')} subtitle={t('dossiers.decisions.subtitle')} />
      <Card>
        <ErrorAlert error={list.error} />
        <Table<DecisionRow>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          size="small"
          columns={[
            { title: t('dossiers.decisions.number'), key: 'n', render: (_, d) => <Link to={paths.decision(d.id)}>{d.number}</Link> },
            { title: t('dossiers.decisions.date'), key: 'd', render: (_, d) => fmtDate(d.date) },
            { title: t('dossiers.decisions.summary'), key: 'summary', render: (_, d) => decisionSummaryText(t, locale, d) },
            {
              title: t('dossiers.decisions.awardees'),
              key: 'awardees',
              align: 'right',
              responsive: ['md'],
              render: (_, d) => (typeof d.awardees === 'number' ? fmtNumber(d.awardees) : '—'),
            },
            { title: t('dossiers.decisions.authority'), dataIndex: 'authority', responsive: ['lg'] },
            {
              title: t('dossiers.col.status'),
              key: 's',
              render: (_, d) => {
                const st = DECISION_STATUS(t, d.status);
                return <Tag color={st?.color}>{st?.text ?? d.status}</Tag>;
              },
            },
          ]}
        />
      </Card>
    </>
  );
}
