import { Link, useNavigate, useParams } from 'react-router';
import { Button, Card, Descriptions, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import type { Position } from '@thidua/contracts';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName } from '@/components/organisation-select';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useI18n } from '@/i18n';
import { usePerson } from '../api/get-person';
import { PersonEligibilitySection } from '@/features/eligibility/components/PersonEligibilitySection';
import { birthText, genderText } from '../components/person-format';

type PositionRow = z.infer<typeof Position>;

/** One person: identity (CCCD masked unless the user may see it), owning unit and positions over time. */
export default function PersonPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  const person = usePerson(id);
  if (person.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (person.isError) return <NotFoundInline error={person.error} backTo={paths.people} backLabel={t('people.backToList')} />;
  const p = person.data;
  return (
    <>
      <nav aria-label={t('org.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.people}>← {t('people.backToList')}</Link>
      </nav>
      <PageHeader
        title={p.fullName}
        docTitle={`${p.fullName} — ${t('nav.people')}`}
        subtitle={t('people.detailSubtitle')}
        extra={
          p.abilities?.update ? (
            <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(paths.personEdit(p.id))}>
              {t('common.edit')}
            </Button>
          ) : undefined
        }
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('people.identity')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('people.fullName')}>{p.fullName}</Descriptions.Item>
            <Descriptions.Item label={t('people.birth')}>{birthText(p)}</Descriptions.Item>
            <Descriptions.Item label={t('people.gender')}>{genderText(p.gender, t)}</Descriptions.Item>
            <Descriptions.Item label={t('people.ethnicity')}>{p.ethnicity ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('people.hometown')}>{p.hometown ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('people.citizenId')}>
              {p.citizenId ? (
                <Space size={6} wrap>
                  <span className="mono" data-testid="citizen-id">
                    {p.citizenId}
                  </span>
                  {p.citizenIdMasked ? (
                    <Tooltip title={t('people.maskedHint')}>
                      <Tag>{t('people.masked')}</Tag>
                    </Tooltip>
                  ) : null}
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('people.owner')}>
              <OrganisationName id={p.ownerOrgId} />
            </Descriptions.Item>
            <Descriptions.Item label={t('people.version')}>
              <Typography.Text type="secondary">{p.version}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={<h2 className="card-title">{t('people.positions')}</h2>}>
          <Table<PositionRow>
            rowKey="id"
            size="small"
            caption={<span className="sr-only">{t('people.positionsCaption', { name: p.fullName })}</span>}
            pagination={false}
            dataSource={p.positions ?? []}
            locale={{ emptyText: t('people.noPositions') }}
            columns={[
              {
                title: t('people.positionOrg'),
                dataIndex: 'organisationName',
                render: (n: string, r) => <Link to={paths.organisation(r.organisationId, r.validTo ?? undefined)}>{n}</Link>,
              },
              { title: t('people.positionTitle'), dataIndex: 'title' },
              { title: t('people.from'), dataIndex: 'validFrom', render: (d: string | null) => (d ? fmtDate(d) : '…'), width: 120 },
              { title: t('people.to'), dataIndex: 'validTo', render: (d: string | null) => (d ? fmtDate(d) : t('org.now')), width: 120 },
            ]}
          />
        </Card>
        <PersonEligibilitySection personId={p.id} canEdit={Boolean(p.abilities?.update)} />
      </Space>
    </>
  );
}
