import { useMemo, useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Select, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import { awardNameIn, awardSearchText, useAwards } from '@/components/award-select';
import { OrganisationSelect } from '@/components/organisation-select';
import { useSession } from '@/lib/session';
import { fold } from '@/lib/text';
import { movementRegistrationYears } from '@thidua/domain';
import { todayIso } from '@/lib/dates';
import { useMovementPeople } from '../api/search-people';
import { useRegisterForMovement } from '../api/register-for-movement';
import { useDebounced } from '@/lib/use-debounced';

interface Values {
  organisationId?: string | null;
  year?: number;
  who?: 'collective' | 'individual';
  personId?: string | null;
  titles?: string[];
  note?: string;
}

const REGISTER_ROLES = new Set(['unit_officer', 'board_officer', 'admin']);

/** "Đăng ký thi đua": a unit, or an individual through it, names the titles it aims for; the level above approves. */
export function RegistrationForm({ movementId, periodFrom = null, periodTo = null }: { movementId: string; periodFrom?: string | null; periodTo?: string | null }) {
  const { user } = useSession();
  const { t, locale } = useI18n();
  const register = useRegisterForMovement();
  const awards = useAwards();
  const [form] = Form.useForm<Values>();
  const [personText, setPersonText] = useState('');
  const people = useMovementPeople(useDebounced(personText, 300));
  const [done, setDone] = useState(false);
  const years = useMemo(() => movementRegistrationYears(todayIso(), periodFrom, periodTo), [periodFrom, periodTo]);
  const who = Form.useWatch('who', form) ?? 'collective';
  const defaultOrg = user.roles.find((r) => REGISTER_ROLES.has(r.role) && r.scopeOrgId)?.scopeOrgId ?? user.homeOrgId ?? null;
  const titleOptions = useMemo(
    () =>
      (awards.data?.items ?? [])
        .filter((a) => a.category !== 'resistance_war' && a.subjects.includes(who))
        .map((a) => ({ value: a.code, label: awardNameIn(locale, a.code, a.name), search: fold(awardSearchText(a.code, a.name)) })),
    [awards.data, who, locale],
  );
  const onFinish = (v: Values) => {
    register.mutate(
      {
        movementId,
        body: {
          organisationId: v.organisationId ?? '',
          ...(v.year ? { year: v.year } : {}),
          ...(v.who === 'individual' && v.personId ? { personId: v.personId } : {}),
          titles: v.titles ?? [],
          ...(v.note?.trim() ? { note: v.note.trim().normalize('NFC') } : {}),
        },
      },
      {
        onSuccess: () => {
          setDone(true);
          form.resetFields(['personId', 'titles', 'note']);
        },
      },
    );
  };
  return (
    <Card title={<h2 className="card-title">{t('movements.register.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('movements.register.intro')}</Typography.Paragraph>
      {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('movements.register.sent')} /> : null}
      <ErrorAlert error={register.error} />
      <Form<Values>
        name="movement-register"
        form={form}
        layout="vertical"
        style={{ maxWidth: 820 }}
        initialValues={{ organisationId: defaultOrg, who: 'collective', year: years.initial ?? undefined }}
        onFinish={onFinish}
        onValuesChange={() => setDone(false)}
        disabled={register.isPending}
      >
        <Form.Item name="organisationId" label={t('movements.register.organisation')} rules={[{ required: true, message: t('movements.register.organisationRequired') }]}>
          <OrganisationSelect style={{ maxWidth: 480 }} />
        </Form.Item>
        <Form.Item name="year" label={t('movements.register.year')} extra={t('movements.register.yearHelp')}>
          <Select style={{ width: 140 }} options={years.years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item name="who" label={t('movements.register.who')}>
          <Radio.Group
            options={[
              { value: 'collective', label: t('movements.register.whoCollective') },
              { value: 'individual', label: t('movements.register.whoIndividual') },
            ]}
            onChange={() => form.setFieldValue('titles', [])}
          />
        </Form.Item>
        {who === 'individual' ? (
          <Form.Item name="personId" label={t('movements.register.person')} rules={[{ required: true, message: t('movements.register.personRequired') }]}>
            <Select
              style={{ maxWidth: 480 }}
              showSearch={{ filterOption: false, onSearch: setPersonText }}
              placeholder={t('movements.register.personPlaceholder')}
              loading={people.isFetching}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}` }))}
              notFoundContent={personText.trim().length < 2 ? t('movements.register.personTypeMore') : t('movements.register.personNone')}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="titles" label={t('movements.register.titles')} rules={[{ required: true, type: 'array', min: 1, message: t('movements.register.titlesRequired') }]}>
          <Select
            mode="multiple"
            loading={awards.isPending}
            options={titleOptions}
            showSearch={{ filterOption: (input, o) => String((o as { search?: string })?.search ?? '').includes(fold(input)) }}
            placeholder={t('movements.register.titlesPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="note" label={t('movements.register.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('movements.register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
