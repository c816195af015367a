import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Organisation } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { NotFoundInline } from '@/components/NotFoundInline';
import { paths } from '@/lib/paths';
import { fmtDate, within } from '@/lib/dates';
import { useCan } from '@/lib/session';
import { useI18n } from '@/i18n';
import { useOrganisation } from '../api/get-organisation';
import { useOrganisationHistory, type OrganisationHistoryResponse } from '../api/get-organisation-history';
import { useOrganisationPath } from '../api/get-organisation-path';
import { useOrganisations } from '../api/list-organisations';
import { AsOfPicker } from '../components/AsOfPicker';
import { CreateOrganisationModal } from '../components/CreateOrganisationModal';
import { KindTag, Validity, kindText, validityText } from '../components/org-format';
import { useAsOf } from '../components/use-as-of';
import { UnitCandidatesSection } from '@/features/eligibility/components/UnitCandidatesSection';

type LineageLink = OrganisationHistoryResponse['lineage']['predecessors'][number];

/** The date on which to open a linked unit: the last day a predecessor existed, the first of a successor. */
function dayOf(o: Organisation, fallback: string): string {
  return o.validTo ?? o.validFrom ?? fallback;
}

function LineageTable({ links, caption, empty, testId }: { links: LineageLink[]; caption: string; empty: string; testId: string }) {
  const { t } = useI18n();
  const columns: TableColumnsType<LineageLink> = [
    {
      title: t('org.unit'),
      key: 'name',
      render: (_v, l) => <Link to={paths.organisation(l.organisation.id, dayOf(l.organisation, l.date))}>{l.organisation.name}</Link>,
    },
    { title: t('org.code'), key: 'code', render: (_v, l) => l.organisation.code, width: 90, responsive: ['sm'] },
    { title: t('org.event'), key: 'event', render: (_v, l) => t(`events.${l.event}` as MessageKey) },
    { title: t('org.date'), key: 'date', render: (_v, l) => <span className="nowrap">{fmtDate(l.date)}</span>, width: 120 },
  ];
  return (
    <Table<LineageLink>
      rowKey={(l) => `${l.organisation.id}-${l.date}`}
      size="small"
      caption={<span className="sr-only">{caption}</span>}
      columns={columns}
      dataSource={links}
      pagination={false}
      locale={{ emptyText: empty }}
      data-testid={testId}
    />
  );
}

/**
 * "Trang đơn vị": one organisation through time — its name, code, kind and validity, what it was
 * called and under whom, the events (mergers, renames) with their legal basis, where it came from and
 * what it became, and its units as of the chosen date.
 */
export default function OrganisationPage() {
  const { t, fmtNumber } = useI18n();
  const { id } = useParams();
  const [asOf, setAsOf] = useAsOf();
  const canWrite = useCan('organisation.write');
  const [creating, setCreating] = useState(false);
  const [childPage, setChildPage] = useState(1);
  useEffect(() => setChildPage(1), [id, asOf]);

  const org = useOrganisation(id, asOf);
  const history = useOrganisationHistory(id);
  const path = useOrganisationPath(id, asOf);
  const children = useOrganisations({ asOf, parentId: id, limit: 50, offset: (childPage - 1) * 50 }, Boolean(id));

  if (org.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (org.isError) return <NotFoundInline error={org.error} backTo={paths.organisations} backLabel={t('org.backToList')} />;

  const o = org.data;
  const h = history.data;
  const valid = within(asOf, o.validFrom, o.validTo);
  const notYet = !valid && o.validFrom !== null && asOf < o.validFrom;
  const successors = h?.lineage.successors ?? [];
  const predecessors = h?.lineage.predecessors ?? [];

  const childColumns: TableColumnsType<Organisation> = [
    { title: t('org.name'), dataIndex: 'name', render: (_v, c) => <Link to={paths.organisation(c.id, asOf)}>{c.name}</Link> },
    { title: t('org.code'), dataIndex: 'code', width: 110, responsive: ['sm'] },
    { title: t('org.kind'), key: 'kind', render: (_v, c) => <KindTag o={c} t={t} />, responsive: ['md'] },
    { title: t('org.validity'), key: 'v', render: (_v, c) => <Validity from={c.validFrom} to={c.validTo} t={t} />, responsive: ['lg'] },
  ];

  return (
    <>
      <nav aria-label={t('org.breadcrumb')} className="org-breadcrumb">
        <Breadcrumb
          items={[
            { key: 'list', title: <Link to={`${paths.organisations}?ngay=${asOf}`}>{t('nav.organisations')}</Link> },
            ...(path.data ?? []).slice(0, -1).map((p) => ({ key: p.id, title: <Link to={paths.organisation(p.id, asOf)}>{p.name}</Link> })),
            { key: 'self', title: <span aria-current="page">{o.name}</span> },
          ]}
        />
      </nav>
      <PageHeader
        title={o.name}
        docTitle={`${o.name} — ${t('org.unitPage')}`}
        subtitle={
          <Space wrap size={[8, 4]}>
            <span>{t('org.unitPage')}</span>
            <KindTag o={o} t={t} />
            {valid ? (
              <Tag color="green">{t('org.activeOn', { date: fmtDate(asOf) })}</Tag>
            ) : (
              <Tag color="default">{t('org.inactiveOn', { date: fmtDate(asOf) })}</Tag>
            )}
          </Space>
        }
        extra={
          <>
            <AsOfPicker value={asOf} onChange={setAsOf} />
            {canWrite && valid ? (
              <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('org.addChild')}
              </Button>
            ) : null}
          </>
        }
      />

      {!valid ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            notYet
              ? t('org.notYetOn', { date: fmtDate(asOf), from: fmtDate(o.validFrom) })
              : t('org.goneOn', { date: fmtDate(asOf), to: fmtDate(o.validTo) })
          }
          description={
            !notYet && successors.length > 0 ? (
              <span>
                {t('org.successorsAre')}{' '}
                {successors.map((s, i) => (
                  <span key={s.organisation.id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={paths.organisation(s.organisation.id, asOf)}>{s.organisation.name}</Link> (
                    {t(`events.${s.event}` as MessageKey).toLowerCase()} {fmtDate(s.date)})
                  </span>
                ))}
              </span>
            ) : undefined
          }
        />
      ) : null}

      <Card title={<h2 className="card-title">{t('org.general')}</h2>} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
          <Descriptions.Item label={t('org.name')}>{o.name}</Descriptions.Item>
          <Descriptions.Item label={t('org.code')}>{o.code}</Descriptions.Item>
          <Descriptions.Item label={t('org.kind')}>{kindText(o, t)}</Descriptions.Item>
          <Descriptions.Item label={t('org.validity')}>
            <span data-testid="org-validity">{validityText(o.validFrom, o.validTo, t)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('org.parent')}>
            {path.data && path.data.length > 1 ? (
              <Link to={paths.organisation(path.data.at(-2)!.id, asOf)}>{path.data.at(-2)!.name}</Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <ErrorAlert error={history.error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-title">{t('org.predecessors')}</h2>} loading={history.isPending} className="fill-card">
            <LineageTable
              links={predecessors}
              caption={t('org.predecessorsCaption', { name: o.name })}
              empty={t('org.noPredecessors')}
              testId="predecessors"
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-title">{t('org.successors')}</h2>} loading={history.isPending} className="fill-card">
            <LineageTable
              links={successors}
              caption={t('org.successorsCaption', { name: o.name })}
              empty={t('org.noSuccessors')}
              testId="successors"
            />
          </Card>
        </Col>
      </Row>

      <Card title={<h2 className="card-title">{t('org.childrenOn', { date: fmtDate(asOf) })}</h2>} style={{ marginBottom: 16 }}>
        <ErrorAlert error={children.error} />
        <Table<Organisation>
          rowKey="id"
          size="small"
          caption={<span className="sr-only">{t('org.childrenCaption', { name: o.name, date: fmtDate(asOf) })}</span>}
          columns={childColumns}
          dataSource={children.data?.items ?? []}
          loading={children.isFetching}
          locale={{ emptyText: t('org.noChildren', { date: fmtDate(asOf) }) }}
          pagination={
            (children.data?.total ?? 0) > 50
              ? {
                  current: childPage,
                  pageSize: 50,
                  total: children.data?.total ?? 0,
                  onChange: setChildPage,
                  showSizeChanger: false,
                  showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
                }
              : false
          }
          data-testid="children"
        />
      </Card>

      <UnitCandidatesSection organisationId={o.id} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-title">{t('org.names')}</h2>} loading={history.isPending} className="fill-card">
            <Table
              rowKey={(n) => `${n.name}-${n.validFrom ?? ''}`}
              size="small"
              caption={<span className="sr-only">{t('org.names')}</span>}
              pagination={false}
              dataSource={h?.names ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} /> }}
              columns={[
                { title: t('org.name'), dataIndex: 'name', render: (v: string, n) => (n.isCity ? `${v} (${t('org.isCityShort')})` : v) },
                { title: t('org.validity'), key: 'v', render: (_v, n) => validityText(n.validFrom, n.validTo, t) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-title">{t('org.parents')}</h2>} loading={history.isPending} className="fill-card">
            <Table
              rowKey={(p) => `${p.parent.id}-${p.validFrom ?? ''}`}
              size="small"
              caption={<span className="sr-only">{t('org.parents')}</span>}
              pagination={false}
              dataSource={h?.parents ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} /> }}
              columns={[
                {
                  title: t('org.parent'),
                  key: 'p',
                  render: (_v, p) => <Link to={paths.organisation(p.parent.id, dayOf(p.parent, asOf))}>{p.parent.name}</Link>,
                },
                { title: t('org.validity'), key: 'v', render: (_v, p) => validityText(p.validFrom, p.validTo, t) },
              ]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={<h2 className="card-title">{t('org.events')}</h2>} loading={history.isPending}>
            <Table
              rowKey={(e) => `${e.date}-${e.event}-${e.description}`}
              size="small"
              caption={<span className="sr-only">{t('org.events')}</span>}
              pagination={false}
              dataSource={h?.events ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noEvents')} /> }}
              columns={[
                { title: t('org.date'), dataIndex: 'date', render: (d: string) => fmtDate(d), width: 120 },
                { title: t('org.event'), dataIndex: 'event', render: (e: string) => t(`events.${e}` as MessageKey), width: 140 },
                { title: t('org.description'), dataIndex: 'description' },
                {
                  title: t('org.basis'),
                  dataIndex: 'basis',
                  render: (b: string | null) => b ?? <Typography.Text type="secondary">—</Typography.Text>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {canWrite ? <CreateOrganisationModal open={creating} parent={o} asOf={asOf} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
