import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert, Select, Space, Tabs, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { useCluster } from '../api/get-cluster';
import { BallotTab } from '../components/BallotTab';
import { OverviewTab } from '../components/OverviewTab';
import { ProposalsTab } from '../components/ProposalsTab';
import { RoundTab } from '../components/RoundTab';

/** The cluster dashboard: a year's members, leaders, pledge, indicators, scoring, ballot and proposals. */
export default function ClusterPage() {
  const { t } = useI18n();
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
        title={d?.name ?? t('clusters.page.fallbackTitle')}
        subtitle={d ? t('clusters.page.organiser', { name: d.organiser.name }) : undefined}
        extra={
          <Space>
            <Typography.Text>{t('clusters.page.year')}</Typography.Text>
            <Select aria-label={t('clusters.page.year')} value={year} style={{ width: 110 }} options={years.map((y) => ({ value: y, label: String(y) }))} onChange={(y) => setSp({ nam: String(y) })} />
          </Space>
        }
      />
      {d?.note ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={d.note} /> : null}
      {d ? (
        <Tabs
          items={[
            { key: 'overview', label: t('clusters.tab.overview'), children: <OverviewTab d={d} year={year} /> },
            { key: 'round', label: t('clusters.tab.round'), children: <RoundTab d={d} year={year} /> },
            { key: 'ballot', label: t('clusters.tab.ballot'), children: <BallotTab d={d} year={year} /> },
            { key: 'proposals', label: t('clusters.tab.proposals'), children: <ProposalsTab d={d} year={year} /> },
          ]}
        />
      ) : null}
    </>
  );
}
