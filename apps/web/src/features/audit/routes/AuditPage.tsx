import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Card, Col, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fmtDateTime } from '@/lib/dates';
import { useI18n } from '@/i18n';
import { useAudit, type AuditEntryRow } from '../api/list-audit';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../components/audit-labels';

const PAGE_SIZES = [20, 50, 100];

function Json({ value, label }: { value: unknown; label: string }) {
  if (value === null || value === undefined) return null;
  return (
    <div className="audit-json">
      <Typography.Text strong>{label}</Typography.Text>
      <pre>{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

/** "Nhật ký": who did what and when, read-only; filters by record type, record id and action. */
export default function AuditPage() {
  const { t, fmtNumber } = useI18n();
  const [sp, setSp] = useSearchParams();
  const entity = sp.get('doituong') ?? undefined;
  const action = sp.get('thaotac') ?? undefined;
  const entityId = sp.get('ma') ?? '';
  const pageSize = PAGE_SIZES.includes(Number(sp.get('so'))) ? Number(sp.get('so')) : 20;
  const page = Math.max(1, Number(sp.get('trang')) || 1);
  const [idText, setIdText] = useState(entityId);
  useEffect(() => setIdText(entityId), [entityId]);
  const ids = { entity: useId(), action: useId(), entityId: useId() };

  const audit = useAudit({ entity, action, entityId: entityId || undefined, limit: pageSize, offset: (page - 1) * pageSize });
  const update = (changes: Record<string, string | null | undefined>) =>
    setSp((prev) => {
      const n = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (!v) n.delete(k);
        else n.set(k, v);
      }
      if (!('trang' in changes)) n.delete('trang');
      return n;
    });

  const actionText = (a: string) => (AUDIT_ACTIONS[a] ? t(AUDIT_ACTIONS[a]) : a);
  const entityText = (e: string | null) => (e ? (AUDIT_ENTITIES[e] ? t(AUDIT_ENTITIES[e]) : e) : '—');

  const columns: TableColumnsType<AuditEntryRow> = [
    { title: t('audit.at'), dataIndex: 'at', render: (v: string) => <span className="nowrap">{fmtDateTime(v)}</span>, width: 170 },
    { title: t('audit.actor'), dataIndex: 'actorUsername', render: (v: string | null) => <span className="mono">{v ?? '—'}</span> },
    { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <span title={v}>{actionText(v)}</span> },
    { title: t('audit.entity'), dataIndex: 'entity', render: (v: string | null) => entityText(v), responsive: ['md'] },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      render: (v: string | null) => <span className="mono small">{v ?? '—'}</span>,
      responsive: ['lg'],
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      render: (v: string) => (
        <Tag color={v === 'ok' ? 'green' : 'red'}>{v === 'ok' ? t('audit.ok') : v === 'failed' ? t('audit.failed') : v}</Tag>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card className="filter-card">
        <Row gutter={[16, 12]}>
          <Col xs={24} md={8}>
            <label htmlFor={ids.entity} className="field-label">
              {t('audit.entity')}
            </label>
            <Select
              id={ids.entity}
              allowClear
              value={entity}
              placeholder={t('audit.all')}
              onChange={(v?: string) => update({ doituong: v })}
              options={Object.entries(AUDIT_ENTITIES).map(([value, k]) => ({ value, label: t(k) }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={8}>
            <label htmlFor={ids.action} className="field-label">
              {t('audit.action')}
            </label>
            <Select
              id={ids.action}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              value={action}
              placeholder={t('audit.all')}
              onChange={(v?: string) => update({ thaotac: v })}
              options={Object.entries(AUDIT_ACTIONS).map(([value, k]) => ({ value, label: t(k) }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} md={8}>
            <label htmlFor={ids.entityId} className="field-label">
              {t('audit.entityId')}
            </label>
            <Input.Search
              id={ids.entityId}
              value={idText}
              onChange={(e) => setIdText(e.target.value)}
              onSearch={(v) => update({ ma: v.trim() })}
              allowClear
              className="mono"
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={audit.error} />
      <Table<AuditEntryRow>
        rowKey="id"
        size="middle"
        caption={<span className="table-caption">{t('audit.caption')}</span>}
        columns={columns}
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        expandable={{
          rowExpandable: (r) => r.before !== null || r.after !== null,
          expandedRowRender: (r) => (
            <div className="audit-diff">
              <Json value={r.before} label={t('audit.before')} />
              <Json value={r.after} label={t('audit.after')} />
            </div>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
          onChange: (p, s) => update({ trang: p > 1 ? String(p) : null, so: s !== 20 ? String(s) : null }),
        }}
      />
    </>
  );
}
