import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Empty, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { useAssignOfficer } from '../api/assign-officer';
import type { CampaignView } from '../api/get-campaign';
import { useAssignableUsers } from '../api/list-assignable-users';
import { useSetTargets } from '../api/set-targets';
import { useUnassignOfficer } from '../api/unassign-officer';
import { useCampaignText } from './text';

interface DraftTarget {
  orgId: string;
  orgName: string | null;
  expected: number;
}

/** Targets per unit and the officers assigned to key each unit's records (editable by the managers). */
export function UnitsTab({ c }: { c: CampaignView }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <TargetsCard c={c} />
      <AssignmentsCard c={c} />
    </div>
  );
}

function TargetsCard({ c }: { c: CampaignView }) {
  const { t, num } = useCampaignText();
  const { message } = App.useApp();
  const save = useSetTargets();
  const [draft, setDraft] = useState<DraftTarget[]>([]);
  const [adding, setAdding] = useState<string | null>(null);
  const [addExpected, setAddExpected] = useState<number | null>(null);
  useEffect(() => setDraft(c.targets.map((x) => ({ orgId: x.orgId, orgName: x.orgName, expected: x.expected }))), [c.targets]);
  const dirty = useMemo(
    () => draft.length !== c.targets.length || draft.some((d) => c.targets.find((x) => x.orgId === d.orgId)?.expected !== d.expected),
    [draft, c.targets],
  );
  const nameOf = (d: DraftTarget) => d.orgName ?? <OrganisationName id={d.orgId} link={false} />;
  const add = () => {
    if (!adding) return;
    setDraft((ds) =>
      ds.some((d) => d.orgId === adding)
        ? ds.map((d) => (d.orgId === adding ? { ...d, expected: addExpected ?? d.expected } : d))
        : [...ds, { orgId: adding, orgName: null, expected: addExpected ?? 0 }],
    );
    setAdding(null);
    setAddExpected(null);
  };
  return (
    <Card title={t('campaigns.units.targetsTitle')}>
      <ErrorAlert error={save.error} />
      <Table<DraftTarget>
        data-testid="campaign-targets"
        size="small"
        rowKey="orgId"
        pagination={false}
        dataSource={c.can.manage ? draft : c.targets.map((x) => ({ ...x }))}
        locale={{ emptyText: t('campaigns.units.noTargets') }}
        columns={[
          { title: t('campaigns.units.unit'), key: 'unit', render: (_, d) => nameOf(d) },
          {
            title: t('campaigns.units.target'),
            key: 'expected',
            width: 180,
            render: (_, d) =>
              c.can.manage ? (
                <InputNumber
                  min={0}
                  max={10_000_000}
                  precision={0}
                  value={d.expected}
                  aria-label={t('campaigns.units.targetOf', { unit: d.orgName ?? '' })}
                  onChange={(v) => setDraft((ds) => ds.map((x) => (x.orgId === d.orgId ? { ...x, expected: v ?? 0 } : x)))}
                />
              ) : (
                num(d.expected)
              ),
          },
        ]}
      />
      {c.can.manage ? (
        <>
          <Space wrap align="end" style={{ marginTop: 12 }}>
            <div>
              <Typography.Text>{t('campaigns.units.addUnit')}</Typography.Text>
              <OrganisationSelect
                value={adding}
                onChange={setAdding}
                style={{ width: 360, display: 'flex' }}
                aria-label={t('campaigns.units.addUnit')}
              />
            </div>
            <div>
              <Typography.Text>{t('campaigns.units.addExpected')}</Typography.Text>
              <InputNumber
                min={0}
                max={10_000_000}
                precision={0}
                value={addExpected}
                onChange={setAddExpected}
                style={{ display: 'flex' }}
                aria-label={t('campaigns.units.addExpected')}
              />
            </div>
            <Button onClick={add} disabled={!adding}>
              {t('campaigns.units.add')}
            </Button>
          </Space>
          <div style={{ marginTop: 12 }}>
            <Button
              type="primary"
              disabled={!dirty || draft.length === 0}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { id: c.id, body: { targets: draft.map((d) => ({ orgId: d.orgId, expected: d.expected })) } },
                  { onSuccess: () => void message.success(t('campaigns.units.saved')) },
                )
              }
            >
              {t('campaigns.units.save')}
            </Button>
          </div>
        </>
      ) : null}
    </Card>
  );
}

function AssignmentsCard({ c }: { c: CampaignView }) {
  const { t } = useCampaignText();
  const { message } = App.useApp();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  const users = useAssignableUsers(c.id, c.can.manage ? orgId : null);
  const assign = useAssignOfficer();
  const unassign = useUnassignOfficer();
  const taken = new Set(c.assignments.filter((a) => a.orgId === orgId).map((a) => a.userId));
  return (
    <Card title={t('campaigns.assign.title')}>
      <ErrorAlert error={assign.error ?? unassign.error ?? users.error} />
      <Table
        data-testid="campaign-assignments"
        size="small"
        rowKey={(a) => `${a.userId}-${a.orgId}`}
        pagination={false}
        dataSource={c.assignments}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.assign.none')} /> }}
        columns={[
          { title: t('campaigns.assign.officer'), key: 'user', render: (_, a) => `${a.displayName} (${a.username})` },
          { title: t('campaigns.units.unit'), dataIndex: 'orgName' },
          ...(c.can.manage
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 120,
                  render: (_: unknown, a: CampaignView['assignments'][number]) => (
                    <Popconfirm
                      title={t('campaigns.assign.removeConfirm', { name: a.displayName, unit: a.orgName })}
                      onConfirm={() => unassign.mutate({ id: c.id, userId: a.userId, orgId: a.orgId })}
                    >
                      <Button size="small" danger aria-label={t('campaigns.assign.removeOf', { name: a.username, unit: a.orgName })}>
                        {t('campaigns.assign.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {c.can.manage ? (
        c.targets.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('campaigns.assign.needTargets')}
          </Typography.Paragraph>
        ) : (
          <Space wrap align="end" style={{ marginTop: 12 }}>
            <div>
              <Typography.Text>{t('campaigns.assign.unit')}</Typography.Text>
              <Select
                aria-label={t('campaigns.assign.unit')}
                style={{ width: 300, display: 'flex' }}
                value={orgId ?? undefined}
                onChange={(v: string) => {
                  setOrgId(v);
                  setUserId(null);
                }}
                options={c.targets.map((x) => ({ value: x.orgId, label: x.orgName }))}
              />
            </div>
            <div>
              <Typography.Text>{t('campaigns.assign.officer')}</Typography.Text>
              <Select
                aria-label={t('campaigns.assign.officer')}
                style={{ width: 360, display: 'flex' }}
                disabled={!orgId}
                loading={users.isFetching}
                value={userId ?? undefined}
                onChange={(v: string) => setUserId(v)}
                notFoundContent={t('campaigns.assign.noUsers')}
                options={(users.data?.items ?? [])
                  .filter((u) => !taken.has(u.userId))
                  .map((u) => ({ value: u.userId, label: `${u.displayName} (${u.username})` }))}
              />
            </div>
            <Button
              type="primary"
              disabled={!orgId || !userId}
              loading={assign.isPending}
              onClick={() =>
                assign.mutate(
                  { id: c.id, body: { userId: userId!, orgId: orgId! } },
                  {
                    onSuccess: () => {
                      void message.success(t('campaigns.assign.done'));
                      setUserId(null);
                    },
                  },
                )
              }
            >
              {t('campaigns.assign.submit')}
            </Button>
          </Space>
        )
      ) : null}
    </Card>
  );
}
