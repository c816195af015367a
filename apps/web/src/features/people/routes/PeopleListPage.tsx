import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button, Card, Col, Input, Row, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Person } from '@thidua/contracts';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationSelect } from '@/components/organisation-select';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useI18n } from '@/i18n';
import { usePeople } from '../api/list-people';
import { birthText, genderText } from '../components/person-format';

const PAGE_SIZES = [10, 20, 50, 100];

/** "Cá nhân": people in the user's scope, searched by name (diacritics optional), paged on the server. */
export default function PeopleListPage() {
  const { t, fmtNumber } = useI18n();
  const navigate = useNavigate();
  const canWrite = useCan('person.write');
  const [sp, setSp] = useSearchParams();
  const q = sp.get('q') ?? '';
  const org = sp.get('donvi') ?? undefined;
  const pageSize = PAGE_SIZES.includes(Number(sp.get('so'))) ? Number(sp.get('so')) : 20;
  const page = Math.max(1, Number(sp.get('trang')) || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const searchId = useId();
  const orgId = useId();

  const people = usePeople({ q: q || undefined, organisationId: org, limit: pageSize, offset: (page - 1) * pageSize });
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

  const columns: TableColumnsType<Person> = [
    { title: t('people.fullName'), dataIndex: 'fullName', render: (_v, p) => <Link to={paths.person(p.id)}>{p.fullName}</Link> },
    { title: t('people.birth'), key: 'birth', render: (_v, p) => <span className="nowrap">{birthText(p)}</span>, width: 140 },
    { title: t('people.gender'), dataIndex: 'gender', render: (g: Person['gender']) => genderText(g, t), width: 100, responsive: ['sm'] },
    { title: t('people.hometown'), dataIndex: 'hometown', render: (v: string | null) => v ?? '—', responsive: ['md'] },
    { title: t('people.ethnicity'), dataIndex: 'ethnicity', render: (v: string | null) => v ?? '—', responsive: ['lg'] },
    {
      title: t('people.citizenId'),
      dataIndex: 'citizenId',
      responsive: ['md'],
      render: (v: string | null, p) =>
        v ? (
          <span className="mono">
            {v}{' '}
            {p.citizenIdMasked ? (
              <Tooltip title={t('people.maskedHint')}>
                <Tag>{t('people.masked')}</Tag>
              </Tooltip>
            ) : null}
          </span>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.personNew)}>
              {t('people.create')}
            </Button>
          ) : undefined
        }
      />
      <Card className="filter-card">
        <Row gutter={[16, 12]}>
          <Col xs={24} md={12} xl={10}>
            <label htmlFor={searchId} className="field-label">
              {t('people.search')}
            </label>
            <Input.Search
              id={searchId}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => update({ q: v.trim() || null })}
              placeholder={t('people.searchPlaceholder')}
              allowClear
              enterButton={<SearchOutlined aria-label={t('common.search')} />}
            />
          </Col>
          <Col xs={24} md={12} xl={10}>
            <label htmlFor={orgId} className="field-label">
              {t('people.organisation')}
            </label>
            <OrganisationSelect
              id={orgId}
              value={org ?? null}
              onChange={(v) => update({ donvi: v })}
              placeholder={t('people.anyOrganisation')}
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={people.error} />
      <Table<Person>
        rowKey="id"
        size="middle"
        caption={<span className="table-caption">{q ? t('people.captionSearch', { q }) : t('people.caption')}</span>}
        columns={columns}
        dataSource={people.data?.items ?? []}
        loading={people.isFetching}
        locale={{ emptyText: t('people.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: people.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
          onChange: (p, s) => update({ trang: p > 1 ? String(p) : null, so: s !== 20 ? String(s) : null }),
        }}
      />
    </>
  );
}
