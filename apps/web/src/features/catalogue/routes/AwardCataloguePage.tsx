import { useId, useMemo, useState } from 'react';
import { Card, Col, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { awardAuthorityEn } from '@thidua/domain/catalogue/award-names-en';
import { awardNameIn, awardSearchText } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { fold } from '@/lib/text';
import { useI18n, type TKey } from '@/i18n';
import { useAwardCatalogue, type AwardRow } from '../api/list-awards';

const CATEGORIES = ['emulation_title', 'commendation_form', 'resistance_war'] as const;

/**
 * "Danh mục khen thưởng": the titles and forms of commendation, with level, subjects and deciding authority.
 * In English an award of the catalogue shows its English name (its Vietnamese legal name under it) and its
 * English deciding authority, by code (domain award-names-en.ts); an award added as data keeps its own texts.
 */
export default function AwardCataloguePage() {
  const { t, fmtNumber, locale } = useI18n();
  const en = locale !== 'vi';
  const nameOf = (a: AwardRow) => awardNameIn(locale, a.code, a.name);
  const authorityOf = (a: AwardRow) => (en ? awardAuthorityEn(a.code) : undefined) ?? a.authority;
  const awards = useAwardCatalogue();
  const [text, setText] = useState('');
  const [category, setCategory] = useState<string | undefined>();
  const ids = { q: useId(), category: useId() };
  const rows = useMemo(() => {
    const q = fold(text.trim());
    return (awards.data?.items ?? []).filter(
      (a) => (!category || a.category === category) && (!q || fold(awardSearchText(a.code, a.name)).includes(q)),
    );
  }, [awards.data, text, category]);

  const columns: TableColumnsType<AwardRow> = [
    {
      title: t('award.name'),
      dataIndex: 'name',
      width: '30%',
      render: (v: string, a) => (
        <>
          <Typography.Text strong>{nameOf(a)}</Typography.Text>
          {nameOf(a) !== v ? (
            <>
              <br />
              <Typography.Text type="secondary" lang="vi" className="small">
                {v}
              </Typography.Text>
            </>
          ) : null}
          <br />
          <Typography.Text type="secondary" className="mono-break small">
            {a.code}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('award.category'),
      dataIndex: 'category',
      render: (c: string) => t(`award.category.${c}` as TKey),
      responsive: ['md'],
      width: 160,
    },
    {
      title: t('award.subjects'),
      dataIndex: 'subjects',
      render: (s: string[]) => s.map((x) => <Tag key={x}>{t(`award.subject.${x}` as TKey)}</Tag>),
      responsive: ['sm'],
      width: 170,
    },
    { title: t('award.level'), dataIndex: 'level', render: (l: string) => t(`award.level.${l}` as TKey), responsive: ['lg'], width: 130 },
    { title: t('award.authority'), key: 'authority', render: (_, a) => authorityOf(a), responsive: ['xl'] },
  ];

  return (
    <>
      <PageHeader title={t('award.title')} subtitle={t('award.subtitle')} />
      <Card className="filter-card">
        <Row gutter={[16, 12]}>
          <Col xs={24} md={12}>
            <label htmlFor={ids.q} className="field-label">
              {t('award.search')}
            </label>
            <Input
              id={ids.q}
              value={text}
              onChange={(e) => setText(e.target.value)}
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              type="search"
            />
          </Col>
          <Col xs={24} md={12}>
            <label htmlFor={ids.category} className="field-label">
              {t('award.category')}
            </label>
            <Select
              id={ids.category}
              allowClear
              value={category}
              onChange={setCategory}
              placeholder={t('audit.all')}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`award.category.${c}`) }))}
              style={{ width: '100%' }}
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert error={awards.error} />
      <Table<AwardRow>
        rowKey="code"
        size="middle"
        caption={<span className="table-caption">{t('award.caption')}</span>}
        columns={columns}
        dataSource={rows}
        loading={awards.isPending}
        expandable={{
          expandedRowRender: (a) => (
            <dl className="award-details">
              <dt>{t('award.authority')}</dt>
              <dd>{authorityOf(a)}</dd>
              <dt>{t('award.types')}</dt>
              <dd>{a.allowedTypes.map((x) => t(`award.type.${x}` as TKey)).join('; ')}</dd>
              <dt>{t('award.process')}</dt>
              <dd>
                {a.secretBallot ? t('award.secretBallot') : t('award.noSecretBallot')};{' '}
                {a.publicPosting ? t('award.publicPosting') : t('award.noPublicPosting')}
              </dd>
            </dl>
          ),
        }}
        pagination={{
          pageSize: 50,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { n: fmtNumber(n) }),
          hideOnSinglePage: true,
        }}
      />
    </>
  );
}
