import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumb, Button, Card, Checkbox, Col, Flex, Input, Row, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ApartmentOutlined, SearchOutlined } from '@ant-design/icons';
import type { Organisation, OrgKind } from '@thidua/contracts';
import type { MessageKey } from '@thidua/i18n';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { paths } from '@/lib/paths';
import { fmtDate } from '@/lib/dates';
import { useI18n } from '@/i18n';
import { useOrganisations } from '../api/list-organisations';
import { useRootOrganisation } from '../api/get-root-organisation';
import { useOrganisationPath } from '../api/get-organisation-path';
import { AsOfPicker } from '../components/AsOfPicker';
import { KindTag, Validity } from '../components/org-format';
import { useAsOf } from '../components/use-as-of';
import { ORG_KINDS } from '../components/org-format';

const PAGE_SIZES = [20, 50, 100];

/**
 * "Tổ chức": the organisation tree as it stood on a date, browsed level by level from the root
 * (Trung ương → provinces → departments, units, communes), with a kind filter and a search. All the
 * state is in the URL, so a view can be bookmarked or sent to a colleague.
 */
export default function OrganisationBrowserPage() {
  const { t, fmtNumber } = useI18n();
  const [sp, setSp] = useSearchParams();
  const [asOf, setAsOf] = useAsOf();
  const parentParam = sp.get('cha') ?? undefined;
  const kind = (ORG_KINDS as readonly string[]).includes(sp.get('loai') ?? '') ? (sp.get('loai') as OrgKind) : undefined;
  const q = sp.get('q') ?? '';
  const everywhere = sp.get('moicap') === '1';
  const pageSize = PAGE_SIZES.includes(Number(sp.get('so'))) ? Number(sp.get('so')) : 100;
  const page = Math.max(1, Number(sp.get('trang')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const kindId = useId();
  const searchId = useId();

  const root = useRootOrganisation(asOf);
  const parentId = parentParam ?? root.data?.id;
  const searching = everywhere && (q !== '' || kind !== undefined);
  const list = useOrganisations(
    { asOf, kind, q: q || undefined, parentId: searching ? undefined : parentId, limit: pageSize, offset: (page - 1) * pageSize },
    !root.isPending,
  );
  const path = useOrganisationPath(parentId, asOf);

  const update = (changes: Record<string, string | null>) =>
    setSp((prev) => {
      const n = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') n.delete(k);
        else n.set(k, v);
      }
      if (!('trang' in changes)) n.delete('trang');
      return n;
    });

  const columns: TableColumnsType<Organisation> = [
    {
      title: t('org.name'),
      dataIndex: 'name',
      render: (_v, o) => (
        <Link to={paths.organisation(o.id, asOf)} className="org-link">
          {o.name}
        </Link>
      ),
    },
    { title: t('org.code'), dataIndex: 'code', width: 110, responsive: ['sm'] },
    { title: t('org.kind'), dataIndex: 'kind', render: (_v, o) => <KindTag o={o} t={t} />, responsive: ['md'] },
    {
      title: t('org.validity'),
      key: 'validity',
      render: (_v, o) => <Validity from={o.validFrom} to={o.validTo} t={t} />,
      responsive: ['lg'],
    },
    {
      title: <span className="sr-only">{t('org.children')}</span>,
      key: 'open',
      width: 1,
      render: (_v, o) => (
        <Button
          size="small"
          icon={<ApartmentOutlined aria-hidden />}
          onClick={() => update({ cha: o.id, q: null, moicap: null })}
          aria-label={t('org.childrenOf', { name: o.name })}
        >
          <span className="hide-xs">{t('org.children')}</span>
        </Button>
      ),
    },
  ];

  const crumbs = path.data ?? [];
  const atRoot = !parentParam || parentParam === root.data?.id;
  const caption = searching
    ? t('org.searchCaption', { date: fmtDate(asOf) })
    : t('org.childrenCaption', { name: crumbs.at(-1)?.name ?? root.data?.name ?? '', date: fmtDate(asOf) });

  return (
    <>
      <PageHeader title={t('org.title')} subtitle={t('org.subtitle')} />
      <Card className="filter-card">
        <Row gutter={[16, 12]} align="bottom">
          <Col xs={24} md={8} xl={6}>
            <AsOfPicker value={asOf} onChange={setAsOf} stacked />
          </Col>
          <Col xs={24} sm={12} md={8} xl={5}>
            <label htmlFor={kindId} className="field-label">
              {t('org.kind')}
            </label>
            <Select<OrgKind>
              id={kindId}
              allowClear
              value={kind}
              placeholder={t('org.allKinds')}
              onChange={(v) => update({ loai: v ?? null })}
              options={ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}` as MessageKey) }))}
              style={{ width: '100%' }}
              data-testid="kind-filter"
            />
          </Col>
          <Col xs={24} sm={12} md={8} xl={7}>
            <label htmlFor={searchId} className="field-label">
              {t('org.search')}
            </label>
            <Input
              id={searchId}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onPressEnter={() => update({ q: text.trim() || null })}
              onBlur={() => text.trim() !== q && update({ q: text.trim() || null })}
              placeholder={t('org.searchPlaceholder')}
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              type="search"
            />
          </Col>
          <Col xs={24} xl={6} style={{ paddingBottom: 5 }}>
            <Checkbox checked={everywhere} onChange={(e) => update({ moicap: e.target.checked ? '1' : null })}>
              {t('org.everywhere')}
            </Checkbox>
          </Col>
        </Row>
      </Card>

      {!searching ? (
        <nav aria-label={t('org.breadcrumb')} className="org-breadcrumb">
          <Breadcrumb
            items={crumbs.map((o, i) => ({
              key: o.id,
              title:
                i === crumbs.length - 1 ? (
                  <span aria-current="location">{o.name}</span>
                ) : (
                  <a
                    href={`?${new URLSearchParams({ ngay: asOf, cha: o.id }).toString()}`}
                    onClick={(e) => {
                      e.preventDefault();
                      update({ cha: i === 0 ? null : o.id });
                    }}
                  >
                    {o.name}
                  </a>
                ),
            }))}
          />
          {!atRoot && crumbs.at(-1) ? (
            <Link to={paths.organisation(crumbs.at(-1)!.id, asOf)} className="org-breadcrumb-unit">
              {t('org.openUnitPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}

      <ErrorAlert error={root.error ?? list.error} />
      {root.data === null && !parentParam ? <Typography.Paragraph type="secondary">{t('org.noRoot')}</Typography.Paragraph> : null}

      <Table<Organisation>
        rowKey="id"
        size="middle"
        caption={<span className="table-caption">{caption}</span>}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('org.empty', { date: fmtDate(asOf) }) }}
        data-testid="org-table"
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
          onChange: (p, s) => update({ trang: p > 1 ? String(p) : null, so: s !== 100 ? String(s) : null }),
        }}
      />
      <Flex justify="flex-end">
        <Typography.Text type="secondary">{t('org.asOfNote', { date: fmtDate(asOf) })}</Typography.Text>
      </Flex>
    </>
  );
}
