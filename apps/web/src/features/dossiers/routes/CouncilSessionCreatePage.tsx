import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { OrganisationSelect } from '@/components/organisation-select';
import { useI18n } from '@/i18n';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCreateCouncilSession, useMemberCandidates } from '../api/create-council-session';
import { useDossiers, type DossierView } from '../api/list-dossiers';
import { PersonLinkSelect } from '../components/PersonLinkSelect';
import { awardText, recordText, statusText } from '../components/text';

interface NamedMember {
  name: string;
  title?: string;
  present: boolean;
  standing?: boolean;
  /** The person record this member is (a member never votes on their own nomination). */
  personId?: string | null;
  /** The organisation this member represents (a member never votes on that collective's nomination). */
  organisationId?: string | null;
}
interface Values {
  ownerOrgId?: string | null;
  title: string;
  councilName: string;
  meetingDate: Dayjs;
  venue: string;
  chairName: string;
  secretaryName: string;
  memberUserIds: string[];
  standingUserIds: string[];
  /** The person record of each chosen account, by user id. */
  accountPersons?: Record<string, string | null | undefined>;
  namedMembers: NamedMember[];
}

const MANAGER_ROLES = new Set(['board_officer', 'admin']);
const clean = (s: string | undefined) => (s ?? '').trim().normalize('NFC');

/**
 * "Lập phiên họp Hội đồng": the meeting (date, venue, chair, secretary), its members (accounts holding the
 * council-member role and/or named members without an account, absent ones voting in writing) and the agenda,
 * chosen among the appraised dossiers and those whose public posting has ended.
 */
export default function CouncilSessionCreatePage() {
  const { t, locale, fmtDate } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateCouncilSession();
  const candidates = useMemberCandidates();
  const appraised = useDossiers({ status: 'appraised', limit: 100, offset: 0 });
  const posted = useDossiers({ status: 'posted', limit: 100, offset: 0 });
  const [selected, setSelected] = useState<string[]>([]);
  const [agendaError, setAgendaError] = useState<string | null>(null);
  const meetingDate = Form.useWatch('meetingDate', form);
  const chosenAccounts = Form.useWatch('memberUserIds', form);

  const defaultOrg = user.roles.find((r) => MANAGER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? null;
  const dossiers = useMemo(
    () => [...(appraised.data?.items ?? []), ...(posted.data?.items ?? [])],
    [appraised.data, posted.data],
  );
  // A posted dossier may go before the council only once its posting period has ended (RULES.md §5).
  const postingOpen = (d: DossierView) => !!d.posting && !!meetingDate && toIso(meetingDate) < d.posting.until;

  const onFinish = (v: Values) => {
    if (!selected.length) {
      setAgendaError(t('dossiers.sessionNew.agendaRequired'));
      return;
    }
    create.mutate(
      {
        ownerOrgId: v.ownerOrgId ?? '',
        title: clean(v.title),
        councilName: clean(v.councilName),
        meetingDate: toIso(v.meetingDate),
        venue: clean(v.venue),
        chairName: clean(v.chairName),
        secretaryName: clean(v.secretaryName),
        memberUserIds: v.memberUserIds ?? [],
        standingUserIds: (v.standingUserIds ?? []).filter((u) => (v.memberUserIds ?? []).includes(u)),
        memberPersons: (v.memberUserIds ?? []).flatMap((userId) => {
          const personId = v.accountPersons?.[userId];
          return personId ? [{ userId, personId }] : [];
        }),
        namedMembers: (v.namedMembers ?? [])
          .filter((m) => clean(m.name))
          .map((m) => ({
            name: clean(m.name),
            ...(clean(m.title) ? { title: clean(m.title) } : {}),
            present: m.present,
            standing: !!m.standing,
            ...(m.personId ? { personId: m.personId } : {}),
            ...(m.organisationId ? { organisationId: m.organisationId } : {}),
          })),
        dossierIds: selected,
      },
      { onSuccess: (s) => void navigate(paths.councilSession(s.id)) },
    );
  };

  return (
    <>
      <nav aria-label={t('dossiers.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.dossiers}>{t('dossiers.backToList')}</Link>
      </nav>
      <PageHeader title={t('dossiers.sessionNew.title')} subtitle={t('dossiers.sessionNew.subtitle')} />
      <Card>
        <ErrorAlert error={create.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark
          style={{ maxWidth: 980 }}
          initialValues={{
            ownerOrgId: defaultOrg,
            meetingDate: dayjs(),
            memberUserIds: [],
            standingUserIds: [],
            namedMembers: [],
            // The council's name goes into the record and the minutes: Vietnamese whatever the UI language.
            councilName: recordText('dossiers.record.councilName'),
          }}
          onFinish={onFinish}
          disabled={create.isPending}
        >
          <Form.Item name="ownerOrgId" label={t('dossiers.sessionNew.ownerOrg')} rules={[{ required: true, message: t('dossiers.sessionNew.ownerOrgRequired') }]}>
            <OrganisationSelect aria-label={t('dossiers.sessionNew.ownerOrgAria')} allowClear={false} />
          </Form.Item>
          <Form.Item name="title" label={t('dossiers.sessionNew.name')} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.nameRequired') }]}>
            <Input maxLength={300} placeholder={t('dossiers.sessionNew.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="councilName" label={t('dossiers.sessionNew.council')} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.councilRequired') }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item name="meetingDate" label={t('dossiers.sessionNew.date')} rules={[{ required: true, message: t('dossiers.sessionNew.dateRequired') }]}>
              <DatePicker aria-label={t('dossiers.sessionNew.date')} format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="venue" label={t('dossiers.sessionNew.venue')} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.venueRequired') }]}>
              <Input maxLength={300} style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Space wrap size="large" align="start">
            <Form.Item name="chairName" label={t('dossiers.sessionNew.chair')} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.chairRequired') }]}>
              <Input maxLength={200} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="secretaryName" label={t('dossiers.sessionNew.secretary')} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.secretaryRequired') }]}>
              <Input maxLength={200} style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="memberUserIds"
            label={t('dossiers.sessionNew.accounts')}
            extra={t('dossiers.sessionNew.accountsHint')}
          >
            <Select
              aria-label={t('dossiers.sessionNew.accountsAria')}
              mode="multiple"
              loading={candidates.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('dossiers.sessionNew.pickMembers')}
              options={(candidates.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
            />
          </Form.Item>
          <Form.Item name="standingUserIds" label={t('dossiers.sessionNew.standingAccounts')} extra={t('dossiers.sessionNew.standingAccountsHint')}>
            <Select
              aria-label={t('dossiers.sessionNew.standingAccountsAria')}
              mode="multiple"
              placeholder={t('dossiers.sessionNew.pickMembers')}
              options={(candidates.data?.items ?? [])
                .filter((c) => (chosenAccounts ?? []).includes(c.id))
                .map((c) => ({ value: c.id, label: c.displayName }))}
            />
          </Form.Item>
          {(chosenAccounts ?? []).length ? (
            <Form.Item label={t('dossiers.sessionNew.accountPersons')} extra={t('dossiers.sessionNew.accountPersonsHint')}>
              <Space orientation="vertical">
                {(chosenAccounts ?? []).map((userId) => {
                  const name = candidates.data?.items.find((c) => c.id === userId)?.displayName ?? userId;
                  return (
                    <Space key={userId} wrap>
                      <Typography.Text style={{ display: 'inline-block', minWidth: 260 }}>{name}</Typography.Text>
                      <Form.Item name={['accountPersons', userId]} noStyle>
                        <PersonLinkSelect ariaLabel={t('dossiers.sessionNew.accountPersonAria', { name })} style={{ width: 320 }} />
                      </Form.Item>
                    </Space>
                  );
                })}
              </Space>
            </Form.Item>
          ) : null}
          <Form.Item label={t('dossiers.sessionNew.others')} extra={t('dossiers.sessionNew.othersHint')}>
            <Form.List name="namedMembers">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <Space key={f.key} align="start" wrap>
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('dossiers.sessionNew.memberNameRequired') }]}>
                        <Input
                          aria-label={t('dossiers.sessionNew.memberNameAria', { n: i + 1 })}
                          placeholder={t('dossiers.sessionNew.memberNamePlaceholder')}
                          maxLength={200}
                          style={{ width: 260 }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'title']}>
                        <Input
                          aria-label={t('dossiers.sessionNew.memberTitleAria', { n: i + 1 })}
                          placeholder={t('dossiers.sessionNew.memberTitlePlaceholder')}
                          maxLength={200}
                          style={{ width: 260 }}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'present']} valuePropName="checked">
                        <Checkbox aria-label={t('dossiers.sessionNew.memberPresentAria', { n: i + 1 })}>{t('dossiers.sessionNew.memberPresent')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[f.name, 'standing']} valuePropName="checked">
                        <Checkbox aria-label={t('dossiers.sessionNew.memberStandingAria', { n: i + 1 })}>{t('dossiers.sessionNew.memberStanding')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[f.name, 'personId']}>
                        <PersonLinkSelect ariaLabel={t('dossiers.sessionNew.memberPersonAria', { n: i + 1 })} style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'organisationId']}>
                        <OrganisationSelect
                          aria-label={t('dossiers.sessionNew.memberOrganisationAria', { n: i + 1 })}
                          placeholder={t('dossiers.session.organisationPlaceholder')}
                          style={{ width: 260 }}
                        />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('dossiers.sessionNew.removeMemberAria', { n: i + 1 })} onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', present: true, standing: false, personId: null, organisationId: null })}>
                    {t('dossiers.sessionNew.addMember')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item label={t('dossiers.sessionNew.agenda')} required validateStatus={agendaError ? 'error' : undefined} help={agendaError}>
            <ErrorAlert error={appraised.error ?? posted.error} />
            <Table<DossierView>
              rowKey="id"
              size="small"
              pagination={false}
              loading={appraised.isPending || posted.isPending}
              dataSource={dossiers}
              locale={{ emptyText: t('dossiers.sessionNew.agendaEmpty') }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => {
                  setSelected(keys.map(String));
                  setAgendaError(null);
                },
                getCheckboxProps: (d) => ({ 'aria-label': t('dossiers.sessionNew.pickDossierAria', { title: d.title }) }),
              }}
              columns={[
                { title: t('dossiers.col.dossier'), key: 't', render: (_, d) => <Link to={paths.dossier(d.id)}>{d.title}</Link> },
                { title: t('dossiers.col.award'), key: 'a', render: (_, d) => awardText(locale, d.award, d.awardName) },
                { title: t('dossiers.col.ownerOrg'), dataIndex: 'ownerOrgName' },
                {
                  title: t('dossiers.col.status'),
                  key: 's',
                  render: (_, d) => (
                    <Space orientation="vertical" size={0}>
                      <Tag>{statusText(t, d.status, d.statusLabel)}</Tag>
                      {d.posting ? (
                        <Typography.Text type={postingOpen(d) ? 'danger' : 'secondary'}>
                          {t('dossiers.sessionNew.postedUntil', { date: fmtDate(d.posting.until) })}
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
            {dossiers.some((d) => selected.includes(d.id) && postingOpen(d)) ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t('dossiers.sessionNew.postingOpen')}
              />
            ) : null}
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('dossiers.sessionNew.submit')}
            </Button>
            <Link to={paths.dossiers}>{t('dossiers.cancel')}</Link>
          </Space>
        </Form>
      </Card>
    </>
  );
}
