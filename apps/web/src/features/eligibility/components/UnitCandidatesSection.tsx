import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Card, Col, Flex, InputNumber, Row, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useI18n } from '@/i18n';
import { useBulkEvaluate, type BulkResponse } from '../api/bulk-evaluate';
import { useQuota } from '../api/get-quota';
import { CSTDCS, LDTT, labelOr, lastYear, VerdictTag } from './labels';
import { QuotaMeter } from './QuotaMeter';

type Row = BulkResponse['items'][number];
type Filter = 'all' | 'ldtt' | 'cstdcs';
const AWARDS = [LDTT, CSTDCS];

function Unmet({ r }: { r: Row['results'][string] | undefined }) {
  const { t } = useI18n();
  if (!r) return null;
  // The same code can come twice (two years of a run): one line per code and year.
  const seen = new Set<string>();
  const lines = r.unmet.filter((u) => {
    const k = `${u.code}-${u.year ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return (
    <Space orientation="vertical" size={0}>
      <VerdictTag verdict={r.verdict} t={t} />
      {lines.map((u) => (
        <Typography.Text key={`${u.code}-${u.year ?? ''}`} type="secondary" className="small">
          {labelOr(t, `elig.code.${u.code}`, u.code)}
          {u.year ? ` (${u.year})` : ''}
          {u.earliestYear ? ` — ${t('elig.person.earliest', { year: u.earliestYear })}` : ''}
        </Typography.Text>
      ))}
    </Space>
  );
}

/**
 * "Danh sách đủ điều kiện" on a unit's page: its people for Lao động tiên tiến and Chiến sĩ thi đua cơ
 * sở in a year; ticking CSTĐ cơ sở candidates moves the quota meter, which stops the ticking at the cap.
 * Shown only for units that own people and that the user can see.
 */
export function UnitCandidatesSection({ organisationId }: { organisationId: string }) {
  const { t, fmtNumber } = useI18n();
  const [year, setYear] = useState(lastYear());
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => setSelected([]), [organisationId, year]);
  const body = useMemo(() => ({ organisationId, year, awards: AWARDS }), [organisationId, year]);
  const bulk = useBulkEvaluate(body);
  const quota = useQuota(organisationId, year);

  const items = bulk.data?.items ?? [];
  const rows = items.filter((i) => (filter === 'all' ? true : i.results[filter === 'ldtt' ? LDTT : CSTDCS]?.verdict === 'eligible'));
  const max = quota.data?.max ?? null;
  const used = quota.data?.used ?? 0;
  const room = max === null ? Infinity : Math.max(0, max - used);

  // Hidden when the unit owns nobody or is outside the user's scope (404), as the brief of the page says.
  if (bulk.isError && isApiError(bulk.error) && (bulk.error.status === 404 || bulk.error.status === 403)) return null;
  if (bulk.isPending || (bulk.data && bulk.data.total === 0)) return null;

  const s = bulk.data?.summary ?? {};
  const columns: TableColumnsType<Row> = [
    { title: t('elig.unit.person'), key: 'name', render: (_v, r) => <Link to={paths.person(r.person.id)}>{r.person.fullName}</Link> },
    { title: t('elig.unit.ldtt'), key: 'ldtt', render: (_v, r) => <Unmet r={r.results[LDTT]} /> },
    { title: t('elig.unit.cstdcs'), key: 'cstdcs', render: (_v, r) => <Unmet r={r.results[CSTDCS]} /> },
  ];

  return (
    <Card
      title={<h2 className="card-title">{t('elig.unit.title')}</h2>}
      style={{ marginBottom: 16 }}
      data-testid="unit-candidates"
      extra={
        <Flex align="center" gap={8}>
          <label htmlFor="elig-unit-year">{t('elig.person.year')}</label>
          <InputNumber
            id="elig-unit-year"
            min={1990}
            max={2200}
            precision={0}
            value={year}
            onChange={(v) => v && v >= 1990 && setYear(v)}
            style={{ width: 96 }}
          />
        </Flex>
      }
    >
      <ErrorAlert error={bulk.error ?? quota.error} />
      <Row gutter={[16, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} lg={12}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('elig.unit.summary', {
              total: fmtNumber(bulk.data?.total ?? 0),
              ldtt: fmtNumber(s[LDTT]?.eligible ?? 0),
              cstdcs: fmtNumber(s[CSTDCS]?.eligible ?? 0),
            })}
          </Typography.Paragraph>
          <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
            <Segmented<Filter>
              aria-label={t('elig.unit.filter')}
              value={filter}
              onChange={setFilter}
              options={[
                { value: 'all', label: t('elig.unit.filterAll') },
                { value: 'ldtt', label: t('elig.unit.filterLdtt') },
                { value: 'cstdcs', label: t('elig.unit.filterCstdcs') },
              ]}
            />
          </div>
        </Col>
        <Col xs={24} lg={12}>
          {quota.data ? <QuotaMeter quota={quota.data} selected={selected.length} /> : null}
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" className="small">
        {t('elig.unit.selectHint')}
      </Typography.Paragraph>
      <Table<Row>
        rowKey={(r) => r.person.id}
        size="small"
        loading={bulk.isFetching}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 600 }}
        caption={<span className="sr-only">{t('elig.unit.caption', { year })}</span>}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('elig.unit.none') }}
        rowSelection={{
          selectedRowKeys: selected,
          hideSelectAll: true,
          columnTitle: <span className="sr-only">{t('elig.unit.selectColumn')}</span>,
          onChange: (keys) => setSelected((keys as string[]).slice(0, room === Infinity ? undefined : room)),
          getCheckboxProps: (r) => {
            const eligible = r.results[CSTDCS]?.verdict === 'eligible';
            const isSel = selected.includes(r.person.id);
            return {
              disabled: !eligible || (!isSel && selected.length >= room),
              'aria-label': t('elig.unit.selectPerson', { name: r.person.fullName }),
            } as object;
          },
        }}
      />
    </Card>
  );
}
