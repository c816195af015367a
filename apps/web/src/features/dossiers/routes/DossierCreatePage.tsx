import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationName, OrganisationSelect } from '@/components/organisation-select';
import { useI18n } from '@/i18n';
import { useSession } from '@/lib/session';
import { paths } from '@/lib/paths';
import { useCreateDossier, type CreateDossierBody } from '../api/create-dossier';
import { useDossierAwards } from '../api/list-awards';
import { useDossierMovements } from '../api/list-movements';
import { useSearchPeople } from '../api/search-people';
import { AWARD_TYPE_LABEL, awardAuthorityText, awardText, DOC_KIND_LABEL, recordText, SUBJECT_KIND_LABEL, SUBJECT_KIND_LOWER } from '../components/text';
import { useDebounced } from '@/lib/use-debounced';

type AwardType = NonNullable<CreateDossierBody['awardType']>;
type Nominee =
  | { kind: 'individual'; personId: string; name: string }
  | { kind: 'collective'; organisationId: string }
  | { kind: 'household'; name: string; address?: string };

interface FormValues {
  ownerOrgId?: string | null;
  award?: string;
  awardType?: AwardType;
  achievementYear?: number | null;
  /** "year": one achievement year; "period": a span of years (quá trình cống hiến, kháng chiến, …). */
  span?: 'year' | 'period';
  periodFrom?: number | null;
  periodTo?: number | null;
  movementId?: string | null;
  title?: string;
  achievement?: string;
}

const WRITER_ROLES = new Set(['unit_officer', 'board_officer', 'admin']);

/**
 * "Tạo hồ sơ đề nghị khen thưởng": award, type, achievement year or period, optional movement, nominees (people,
 * collectives, households where the award allows them), note → a draft dossier.
 */
export default function DossierCreatePage() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const awards = useDossierAwards();
  const movements = useDossierMovements();
  const create = useCreateDossier();
  const [form] = Form.useForm<FormValues>();
  // One key per form: a double click or a retry after a network error creates one dossier only.
  const [idemKey] = useState(() => crypto.randomUUID());
  const [nominees, setNominees] = useState<Nominee[]>([]);
  const [nomineeError, setNomineeError] = useState<string | null>(null);
  const [personText, setPersonText] = useState('');
  const [household, setHousehold] = useState({ name: '', address: '' });
  const q = useDebounced(personText, 300);
  const people = useSearchPeople(q);

  const defaultOrg = user.roles.find((r) => WRITER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? null;
  const awardCode = Form.useWatch('award', form);
  const year = Form.useWatch('achievementYear', form);
  const span = Form.useWatch('span', form) ?? 'year';
  const periodFrom = Form.useWatch('periodFrom', form);
  const periodTo = Form.useWatch('periodTo', form);
  // The default title goes into the record: Vietnamese whatever the UI language.
  const yearText =
    span === 'period'
      ? recordText('dossiers.record.spanPeriod', { from: periodFrom ?? '', to: periodTo ?? '' })
      : recordText('dossiers.record.spanYear', { year: year ?? '' });
  const defaultTitle = (awardName: string) => recordText('dossiers.record.dossierTitle', { award: awardName, span: yearText });
  const award = useMemo(() => awards.data?.items.find((a) => a.code === awardCode), [awards.data, awardCode]);
  const allowsIndividual = !award || award.subjects.includes('individual');
  const allowsCollective = !award || award.subjects.includes('collective');
  const allowsHousehold = !!award && award.subjects.includes('household');

  const onAwardChange = (code: string) => {
    const a = awards.data?.items.find((x) => x.code === code);
    const types = a?.allowedTypes ?? [];
    form.setFieldValue('awardType', (types.includes('cong_trang') ? 'cong_trang' : types[0]) as AwardType | undefined);
    if (a) setNominees((ns) => ns.filter((n) => a.subjects.includes(n.kind)));
  };

  const addPerson = (personId: string) => {
    const p = people.data?.items.find((x) => x.id === personId);
    if (p && !nominees.some((n) => n.kind === 'individual' && n.personId === p.id))
      setNominees((ns) => [...ns, { kind: 'individual', personId: p.id, name: p.fullName }]);
    setPersonText('');
    setNomineeError(null);
  };
  const addCollective = (organisationId: string | null) => {
    if (organisationId && !nominees.some((n) => n.kind === 'collective' && n.organisationId === organisationId))
      setNominees((ns) => [...ns, { kind: 'collective', organisationId }]);
    setNomineeError(null);
  };
  const addHousehold = () => {
    const name = household.name.trim().normalize('NFC');
    if (!name) return;
    const address = household.address.trim().normalize('NFC');
    if (!nominees.some((n) => n.kind === 'household' && n.name === name))
      setNominees((ns) => [...ns, { kind: 'household', name, ...(address ? { address } : {}) }]);
    setHousehold({ name: '', address: '' });
    setNomineeError(null);
  };
  const nomineeKey = (n: Nominee) =>
    n.kind === 'individual' ? `p:${n.personId}` : n.kind === 'collective' ? `o:${n.organisationId}` : `h:${n.name}`;

  const onFinish = (v: FormValues) => {
    if (!nominees.length) {
      setNomineeError(t('dossiers.create.nomineeRequired'));
      return;
    }
    const awardName = award?.name ?? v.award ?? '';
    const body: CreateDossierBody = {
      ownerOrgId: v.ownerOrgId ?? '',
      title: v.title?.trim() || defaultTitle(awardName),
      award: v.award ?? '',
      awardType: v.awardType,
      ...(v.span === 'period'
        ? { periodFrom: v.periodFrom ?? undefined, periodTo: v.periodTo ?? undefined }
        : { achievementYear: v.achievementYear ?? undefined }),
      ...(v.movementId ? { movementId: v.movementId } : {}),
      ...(v.achievement?.trim() ? { achievement: v.achievement.trim() } : {}),
      subjects: nominees.map((n) =>
        n.kind === 'individual'
          ? { kind: 'individual', personId: n.personId }
          : n.kind === 'collective'
            ? { kind: 'collective', organisationId: n.organisationId }
            : { kind: 'household', name: n.name, ...(n.address ? { address: n.address } : {}) },
      ),
    };
    create.mutate({ body, key: idemKey }, { onSuccess: (d) => void navigate(paths.dossier(d.id)) });
  };

  return (
    <>
      <nav aria-label={t('dossiers.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.dossiers}>{t('dossiers.backToList')}</Link>
      </nav>
      <PageHeader title={t('dossiers.create.title')} subtitle={t('dossiers.create.subtitle')} />
      <Card>
        <ErrorAlert error={create.error} />
        <Form<FormValues>
          form={form}
          layout="vertical"
          requiredMark
          style={{ maxWidth: 820 }}
          initialValues={{ ownerOrgId: defaultOrg, achievementYear: new Date().getFullYear(), span: 'year' }}
          onFinish={onFinish}
          disabled={create.isPending}
        >
          <Form.Item name="ownerOrgId" label={t('dossiers.create.ownerOrg')} rules={[{ required: true, message: t('dossiers.create.ownerOrgRequired') }]}>
            <OrganisationSelect aria-label={t('dossiers.create.ownerOrg')} allowClear={false} />
          </Form.Item>
          <Form.Item
            name="award"
            label={t('dossiers.create.award')}
            rules={[{ required: true, message: t('dossiers.create.awardRequired') }]}
          >
            <Select
              aria-label={t('dossiers.create.award')}
              showSearch={{ optionFilterProp: 'search' }}
              loading={awards.isPending}
              placeholder={t('dossiers.create.awardPlaceholder')}
              onChange={onAwardChange}
              options={(awards.data?.items ?? []).map((a) => {
                // Found by its shown name or by its Vietnamese name (what the documents call it).
                const label = awardText(locale, a.code, a.name);
                return { value: a.code, label, search: label === a.name ? label : `${label} ${a.name}` };
              })}
            />
          </Form.Item>
          {award ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
              {[
                awardAuthorityText(locale, award.code, award.authority),
                t('dossiers.create.awardSubjects', { subjects: award.subjects.map((s) => SUBJECT_KIND_LOWER(t, s)).join(', ') }),
                ...(award.dossier.length
                  ? [t('dossiers.create.awardDocuments', { documents: award.dossier.map((k) => DOC_KIND_LABEL(t, k)).join(', ') })]
                  : []),
              ].join(' · ')}
            </Typography.Paragraph>
          ) : null}
          <Space wrap size="large" align="start">
            <Form.Item name="awardType" label={t('dossiers.create.awardType')} rules={[{ required: true, message: t('dossiers.create.awardTypeRequired') }]}>
              <Select
                aria-label={t('dossiers.create.awardType')}
                style={{ minWidth: 320 }}
                disabled={!award}
                placeholder={t('dossiers.create.awardTypePlaceholder')}
                options={(award?.allowedTypes ?? []).map((type) => ({ value: type, label: AWARD_TYPE_LABEL(t, type) }))}
              />
            </Form.Item>
            <Form.Item name="span" label={t('dossiers.create.span')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'year', label: t('dossiers.create.spanYear') },
                  { value: 'period', label: t('dossiers.create.spanPeriod') },
                ]}
              />
            </Form.Item>
            {span === 'period' ? (
              <>
                <Form.Item name="periodFrom" label={t('dossiers.create.periodFrom')} rules={[{ required: true, message: t('dossiers.create.periodFromRequired') }]}>
                  <InputNumber aria-label={t('dossiers.create.periodFrom')} min={1945} max={2100} precision={0} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item
                  name="periodTo"
                  label={t('dossiers.create.periodTo')}
                  dependencies={['periodFrom']}
                  rules={[
                    { required: true, message: t('dossiers.create.periodToRequired') },
                    ({ getFieldValue }) => ({
                      validator: (_, v: number | null | undefined) => {
                        const from = getFieldValue('periodFrom') as number | null | undefined;
                        return v == null || from == null || v >= from
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('dossiers.create.periodOrder')));
                      },
                    }),
                  ]}
                >
                  <InputNumber aria-label={t('dossiers.create.periodTo')} min={1945} max={2100} precision={0} style={{ width: 120 }} />
                </Form.Item>
              </>
            ) : (
              <Form.Item name="achievementYear" label={t('dossiers.create.year')} rules={[{ required: true, message: t('dossiers.create.yearRequired') }]}>
                <InputNumber aria-label={t('dossiers.create.year')} min={1945} max={2100} precision={0} style={{ width: 140 }} />
              </Form.Item>
            )}
          </Space>
          <Form.Item name="movementId" label={t('dossiers.create.movement')}>
            <Select
              aria-label={t('dossiers.create.movementAria')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={movements.isPending}
              placeholder={t('dossiers.create.movementPlaceholder')}
              options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.title} (${m.authorityLabel})` }))}
            />
          </Form.Item>

          <Form.Item label={t('dossiers.create.nominees')} required validateStatus={nomineeError ? 'error' : undefined} help={nomineeError}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {allowsIndividual ? (
                <Select
                  aria-label={t('dossiers.create.personSearch')}
                  value={null}
                  showSearch={{ filterOption: false, onSearch: setPersonText, searchValue: personText }}
                  placeholder={t('dossiers.create.personPlaceholder')}
                  onChange={(v: string | null) => v && addPerson(v)}
                  loading={people.isFetching}
                  notFoundContent={people.isFetching ? <Spin size="small" /> : q.trim().length >= 2 ? t('dossiers.create.notFound') : null}
                  options={(q.trim().length >= 2 ? (people.data?.items ?? []) : []).map((p) => ({
                    value: p.id,
                    label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}`,
                  }))}
                />
              ) : null}
              {allowsCollective ? (
                <OrganisationSelect
                  aria-label={t('dossiers.create.addCollective')}
                  value={null}
                  onChange={addCollective}
                  placeholder={t('dossiers.create.collectivePlaceholder')}
                />
              ) : null}
              {allowsHousehold ? (
                <Space.Compact style={{ width: '100%' }}>
                  <Input
                    aria-label={t('dossiers.create.householdName')}
                    placeholder={t('dossiers.create.householdNamePlaceholder')}
                    value={household.name}
                    maxLength={200}
                    onChange={(e) => setHousehold({ ...household, name: e.target.value })}
                    onPressEnter={(e) => {
                      e.preventDefault();
                      addHousehold();
                    }}
                  />
                  <Input
                    aria-label={t('dossiers.create.householdAddress')}
                    placeholder={t('dossiers.create.householdAddressPlaceholder')}
                    value={household.address}
                    maxLength={300}
                    onChange={(e) => setHousehold({ ...household, address: e.target.value })}
                    onPressEnter={(e) => {
                      e.preventDefault();
                      addHousehold();
                    }}
                  />
                  <Button onClick={addHousehold} disabled={!household.name.trim()}>
                    {t('dossiers.create.addHousehold')}
                  </Button>
                </Space.Compact>
              ) : null}
              <Table<Nominee>
                rowKey={nomineeKey}
                size="small"
                pagination={false}
                dataSource={nominees}
                locale={{ emptyText: t('dossiers.create.noNominees') }}
                columns={[
                  {
                    title: t('dossiers.col.nameOrCollective'),
                    key: 'name',
                    render: (_, n) =>
                      n.kind === 'collective' ? (
                        <OrganisationName id={n.organisationId} />
                      ) : n.kind === 'household' && n.address ? (
                        `${n.name} — ${n.address}`
                      ) : (
                        n.name
                      ),
                  },
                  { title: t('dossiers.col.subjectKind'), key: 'kind', render: (_, n) => <Tag>{SUBJECT_KIND_LABEL(t, n.kind)}</Tag> },
                  {
                    title: '',
                    key: 'remove',
                    width: 60,
                    render: (_, n) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('dossiers.create.removeNominee')}
                        onClick={() => setNominees((ns) => ns.filter((x) => nomineeKey(x) !== nomineeKey(n)))}
                      />
                    ),
                  },
                ]}
              />
            </Space>
          </Form.Item>

          <Form.Item name="title" label={t('dossiers.create.dossierTitle')} extra={t('dossiers.create.dossierTitleHint')}>
            <Input maxLength={300} placeholder={award ? defaultTitle(award.name) : undefined} />
          </Form.Item>
          <Form.Item name="achievement" label={t('dossiers.create.achievement')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          {award && !award.allowedTypes.length ? (
            <Alert type="warning" showIcon title={t('dossiers.create.noAwardTypes')} />
          ) : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('dossiers.create.submit')}
            </Button>
            <Link to={paths.dossiers}>{t('dossiers.cancel')}</Link>
          </Space>
        </Form>
      </Card>
    </>
  );
}
