import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Col, Empty, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DownloadOutlined, FilterOutlined } from '@ant-design/icons';
import { AwardSelect, useAwardName } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select/OrganisationSelect';
import { useI18n, type TKey } from '@/i18n';
import { getRegistryEntry, useRegistrySearch, type RegistryItem } from '../api/search-registry';
import { filtersFromParams, filtersToParams, hasFilters, STATUSES, SUBJECT_KINDS, TYPES, type RegistryFilters } from './filters';
import { EntryDrawer, STATUS_COLOR } from './EntryDrawer';
import { useDebounced } from '@/lib/use-debounced';

const PAGE = 20;

/** A labelled filter field (the label is a real <label> so screen readers and tests find the control). */
function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="filter-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Registry search: every filter of issue #6 in the address bar, the table, exports and the entry drawer. */
export function SearchTab() {
  const { t, fmtDate, fmtNumber } = useI18n();
  const awardName = useAwardName();
  const [sp, setSp] = useSearchParams();
  const [f, setF] = useState<RegistryFilters>(() => filtersFromParams(sp));
  const [more, setMore] = useState(() => Object.keys(filtersFromParams(sp)).some((k) => k !== 'q' && k !== 'birthYear'));
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<RegistryItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const applied = useDebounced(f, 300);
  const yearsBad = applied.yearFrom !== undefined && applied.yearTo !== undefined && applied.yearFrom > applied.yearTo;
  const qs = useMemo(() => filtersToParams(applied).toString(), [applied]);

  useEffect(() => {
    setPage(1);
    setSp(new URLSearchParams(qs), { replace: true });
  }, [qs, setSp]);

  const set = <K extends keyof RegistryFilters>(k: K, v: RegistryFilters[K] | null | undefined) =>
    setF((old) => {
      const n = { ...old };
      if (v === undefined || v === null || v === '') delete n[k];
      else n[k] = v;
      return n;
    });

  const active = hasFilters(applied) && !yearsBad;
  const res = useRegistrySearch({ ...applied, limit: PAGE, offset: (page - 1) * PAGE });
  const openEntry = (id: string) => {
    setNotice(null);
    getRegistryEntry(id).then(setOpen, setOpenError);
  };

  const columns: TableColumnsType<RegistryItem> = [
    {
      title: t('reg.col.name'),
      render: (_, r) => (
        <Space size={4} wrap>
          <span>{r.person?.fullName ?? r.subjectName ?? '—'}</span>
          {r.subjectKind !== 'individual' ? <Tag>{t(`reg.kind.${r.subjectKind}`)}</Tag> : null}
        </Space>
      ),
    },
    { title: t('reg.col.birthYear'), render: (_, r) => r.person?.birthYear ?? '—', width: 90 },
    { title: t('reg.col.award'), render: (_, r) => awardName(r.award) },
    { title: t('reg.col.year'), dataIndex: 'year', width: 110 },
    { title: t('reg.col.decision'), render: (_, r) => r.decision.number ?? '—' },
    { title: t('reg.col.date'), render: (_, r) => fmtDate(r.decision.date) || '—', responsive: ['md'] },
    { title: t('reg.col.organisation'), render: (_, r) => r.organisation?.name ?? r.organisationText ?? '—', responsive: ['lg'] },
    { title: t('reg.col.status'), dataIndex: 'status', render: (s: RegistryItem['status']) => <Tag color={STATUS_COLOR[s]}>{t(`reg.status.${s}`)}</Tag> },
  ];
  const total = res.data?.total ?? 0;

  return (
    <>
      <Card className="filter-card">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={16}>
            <Field id="reg-q" label={t('reg.f.q')}>
              <Input id="reg-q" allowClear autoFocus value={f.q ?? ''} onChange={(e) => set('q', e.target.value)} placeholder={t('reg.f.qPlaceholder')} maxLength={200} />
            </Field>
          </Col>
          <Col xs={12} md={4}>
            <Field id="reg-birth" label={t('reg.f.birthYear')}>
              <InputNumber id="reg-birth" style={{ width: '100%' }} min={1800} max={2200} value={f.birthYear ?? null} onChange={(v) => set('birthYear', v ?? undefined)} />
            </Field>
          </Col>
          <Col xs={12} md={4} style={{ display: 'flex', alignItems: 'flex-end' }}>
            <Button icon={<FilterOutlined />} onClick={() => setMore((m) => !m)} aria-expanded={more}>
              {more ? t('reg.f.less') : t('reg.f.more')}
            </Button>
          </Col>
          {more ? (
            <>
              <Col xs={24} md={12}>
                <Field id="reg-award" label={t('reg.f.award')}>
                  <AwardSelect id="reg-award" allowClear value={f.award} onChange={(v) => set('award', v)} onClear={() => set('award', undefined)} placeholder={t('reg.f.any')} />
                </Field>
              </Col>
              <Col xs={24} md={6}>
                <Field id="reg-type" label={t('reg.f.type')}>
                  <Select
                    id="reg-type"
                    allowClear
                    style={{ width: '100%' }}
                    placeholder={t('reg.f.any')}
                    value={f.type}
                    onChange={(v?: string) => set('type', v)}
                    options={TYPES.map((x) => ({ value: x, label: t(`award.type.${x}` as TKey) }))}
                    popupMatchSelectWidth={false}
                  />
                </Field>
              </Col>
              <Col xs={12} md={3}>
                <Field id="reg-from" label={t('reg.f.yearFrom')}>
                  <InputNumber id="reg-from" style={{ width: '100%' }} min={1800} max={2200} value={f.yearFrom ?? null} onChange={(v) => set('yearFrom', v ?? undefined)} />
                </Field>
              </Col>
              <Col xs={12} md={3}>
                <Field id="reg-to" label={t('reg.f.yearTo')}>
                  <InputNumber id="reg-to" style={{ width: '100%' }} min={1800} max={2200} value={f.yearTo ?? null} onChange={(v) => set('yearTo', v ?? undefined)} />
                </Field>
              </Col>
              <Col xs={24} md={12}>
                <Field id="reg-org" label={t('reg.f.organisation')}>
                  <OrganisationSelect id="reg-org" value={f.organisationId ?? null} onChange={(v) => set('organisationId', v ?? undefined)} style={{ width: '100%' }} />
                </Field>
                <Checkbox checked={Boolean(f.includeDescendants)} disabled={!f.organisationId} onChange={(e) => set('includeDescendants', e.target.checked || undefined)}>
                  {t('reg.f.includeDescendants')}
                </Checkbox>
              </Col>
              <Col xs={24} md={6}>
                <Field id="reg-home" label={t('reg.f.hometown')}>
                  <Input id="reg-home" allowClear maxLength={200} value={f.hometown ?? ''} onChange={(e) => set('hometown', e.target.value)} />
                </Field>
              </Col>
              <Col xs={24} md={6}>
                <Field id="reg-dec" label={t('reg.f.decisionNumber')}>
                  <Input id="reg-dec" allowClear maxLength={100} value={f.decisionNumber ?? ''} onChange={(e) => set('decisionNumber', e.target.value)} placeholder="15/QĐ-UBND" />
                </Field>
              </Col>
              <Col xs={12} md={6}>
                <Field id="reg-status" label={t('reg.f.status')}>
                  <Select
                    id="reg-status"
                    allowClear
                    style={{ width: '100%' }}
                    placeholder={t('reg.f.any')}
                    value={f.status}
                    onChange={(v?: RegistryFilters['status']) => set('status', v)}
                    options={STATUSES.map((x) => ({ value: x, label: t(`reg.status.${x}`) }))}
                  />
                </Field>
              </Col>
              <Col xs={12} md={6}>
                <Field id="reg-kind" label={t('reg.f.subjectKind')}>
                  <Select
                    id="reg-kind"
                    allowClear
                    style={{ width: '100%' }}
                    placeholder={t('reg.f.any')}
                    value={f.subjectKind}
                    onChange={(v?: RegistryFilters['subjectKind']) => set('subjectKind', v)}
                    options={SUBJECT_KINDS.map((x) => ({ value: x, label: t(`reg.kind.${x}`) }))}
                  />
                </Field>
              </Col>
            </>
          ) : null}
        </Row>
        <Space wrap style={{ marginTop: 12 }}>
          <Button href={`/api/v1/registry/export.xlsx${qs ? `?${qs}` : ''}`} icon={<DownloadOutlined />} disabled={!active}>
            {t('reg.export.xlsx')}
          </Button>
          <Button href={`/api/v1/registry/export.csv${qs ? `?${qs}` : ''}`} icon={<DownloadOutlined />} disabled={!active}>
            {t('reg.export.csv')}
          </Button>
          {hasFilters(f) ? (
            <Button type="link" onClick={() => setF({})}>
              {t('reg.f.clear')}
            </Button>
          ) : null}
          <Typography.Text type="secondary">{t('reg.export.hint')}</Typography.Text>
        </Space>
      </Card>
      {yearsBad ? <Alert type="warning" showIcon message={t('reg.f.yearRangeInvalid')} style={{ marginBottom: 12 }} /> : null}
      {res.error && !yearsBad ? <ErrorAlert error={res.error} /> : null}
      {openError ? <ErrorAlert error={openError} /> : null}
      <Table<RegistryItem>
        rowKey="id"
        loading={res.isFetching}
        dataSource={yearsBad ? [] : (res.data?.items ?? [])}
        columns={columns}
        locale={{ emptyText: <Empty description={active ? t('reg.empty') : t('reg.emptyStart')} /> }}
        onRow={(r) => ({
          onClick: () => {
            setNotice(null);
            setOpen(r);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: page,
          pageSize: PAGE,
          total,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => (res.data?.totalCapped ? t('reg.totalCapped', { n: fmtNumber(n) }) : t('reg.total', { n: fmtNumber(n) })),
        }}
      />
      <EntryDrawer
        entry={open}
        notice={notice}
        onClose={() => setOpen(null)}
        onOpen={openEntry}
        onReissued={(e) => {
          setOpen(e);
          setNotice(t('reg.reissue.done', { code: e.certificateCode ?? '—' }));
        }}
      />
    </>
  );
}
