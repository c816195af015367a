import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Button, Descriptions, Tabs, Tag } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useCampaign } from '../api/get-campaign';
import { AdjudicationTab } from '../components/AdjudicationTab';
import { EditCampaignModal } from '../components/EditCampaignModal';
import { EntryTab } from '../components/EntryTab';
import { ProgressTab } from '../components/ProgressTab';
import { UnitsTab } from '../components/UnitsTab';
import { useCampaignText } from '../components/text';

const TABS = ['progress', 'units', 'entry', 'adjudication'] as const;
type TabKey = (typeof TABS)[number];

/** One campaign: progress dashboard, units and assignments, the entry form, adjudication of double entries. */
export default function CampaignPage() {
  const tx = useCampaignText();
  const { t, fmtDate } = tx;
  const { id = '' } = useParams();
  const [sp, setSp] = useSearchParams();
  const q = useCampaign(id);
  const [editing, setEditing] = useState(false);
  if (q.error) return <ErrorAlert error={q.error} />;
  const c = q.data;
  const available: TabKey[] = c
    ? TABS.filter((k) => (k === 'entry' ? c.can.enterOrgIds.length > 0 : k === 'adjudication' ? c.can.adjudicate : true))
    : [];
  const asked = sp.get('tab') as TabKey | null;
  const active: TabKey = asked && available.includes(asked) ? asked : c && c.can.enter && !c.can.manage ? 'entry' : 'progress';
  return (
    <>
      <PageHeader
        title={c?.name ?? t('campaigns.page.fallbackTitle')}
        subtitle={
          c
            ? t('campaigns.page.subtitle', { kind: tx.kind(c.kind), start: fmtDate(c.startDate), deadline: fmtDate(c.deadline) })
            : undefined
        }
        extra={
          c ? (
            <>
              <Tag color={c.status === 'open' ? 'green' : 'default'}>{tx.status(c.status)}</Tag>
              {c.doubleEntry ? <Tag color="blue">{t('campaigns.doubleEntry.on')}</Tag> : null}
              {c.can.manage ? <Button onClick={() => setEditing(true)}>{t('campaigns.edit.open')}</Button> : null}
            </>
          ) : undefined
        }
      />
      {c ? (
        <>
          {c.kind === 'resistance_war' && c.periods.length ? (
            <Descriptions size="small" column={1} style={{ marginBottom: 8 }}>
              <Descriptions.Item label={t('campaigns.page.periods')}>
                {c.periods.map((p) => `${p.name} (${fmtDate(p.from)} – ${fmtDate(p.to)})`).join('; ')}
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          <Tabs
            activeKey={active}
            onChange={(k) => setSp({ tab: k }, { replace: true })}
            items={available.map((k) => ({
              key: k,
              label: t(`campaigns.tab.${k}`),
              children:
                k === 'progress' ? (
                  <ProgressTab c={c} />
                ) : k === 'units' ? (
                  <UnitsTab c={c} />
                ) : k === 'entry' ? (
                  <EntryTab c={c} />
                ) : (
                  <AdjudicationTab c={c} />
                ),
            }))}
          />
          {c.can.manage ? <EditCampaignModal c={c} open={editing} onClose={() => setEditing(false)} /> : null}
        </>
      ) : null}
    </>
  );
}
