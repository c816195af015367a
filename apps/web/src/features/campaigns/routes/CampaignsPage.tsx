import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useCampaigns, type CampaignSummary } from '../api/list-campaigns';
import { CreateCampaignModal } from '../components/CreateCampaignModal';
import { share } from '../components/progress';
import { useCampaignText } from '../components/text';

/** "Đợt nhập liệu": the registry's data-entry campaigns (e.g. resistance-war commendations) and their progress. */
export default function CampaignsPage() {
  const tx = useCampaignText();
  const { t, fmtDate } = tx;
  const q = useCampaigns();
  const mayCreate = useCan('registry.campaign.manage');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('campaigns.list.title')}
        subtitle={t('campaigns.list.subtitle')}
        extra={
          mayCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('campaigns.create.open')}
            </Button>
          ) : undefined
        }
      />
      <Card>
        <ErrorAlert error={q.error} />
        <Table<CampaignSummary>
          data-testid="campaigns-table"
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('campaigns.list.none') }}
          columns={[
            {
              title: t('campaigns.list.name'),
              key: 'name',
              render: (_, c) => (
                <Space orientation="vertical" size={0}>
                  <Link to={paths.campaign(c.id)}>{c.name}</Link>
                  {c.doubleEntry ? <Typography.Text type="secondary">{t('campaigns.doubleEntry.on')}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t('campaigns.list.kind'), key: 'kind', render: (_, c) => tx.kind(c.kind) },
            { title: t('campaigns.list.start'), key: 'start', render: (_, c) => fmtDate(c.startDate), width: 120 },
            { title: t('campaigns.list.deadline'), key: 'deadline', render: (_, c) => fmtDate(c.deadline), width: 120 },
            {
              title: t('campaigns.list.progress'),
              key: 'progress',
              width: 240,
              render: (_, c) => {
                const ratio = share(c.committed, c.target);
                return (
                  <div>
                    <Progress percent={Math.round(ratio * 100)} size="small" showInfo={false} aria-hidden />
                    <Typography.Text type="secondary">
                      {t('campaigns.list.progressOf', {
                        committed: tx.num(c.committed),
                        target: tx.num(c.target),
                        percent: tx.fmtPercent(ratio, 0),
                      })}
                    </Typography.Text>
                  </div>
                );
              },
            },
            {
              title: t('campaigns.list.status'),
              key: 'status',
              width: 120,
              render: (_, c) => <Tag color={c.status === 'open' ? 'green' : 'default'}>{tx.status(c.status)}</Tag>,
            },
          ]}
        />
      </Card>
      {mayCreate ? <CreateCampaignModal open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
