import { Link, useNavigate } from 'react-router';
import { App, Button, Card, Flex, Form } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { isApiError } from '@/lib/api-client';
import { toIso } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useT } from '@/i18n';
import { useCreatePerson, type CreatePersonInput } from '../api/create-person';
import { PersonForm, type PersonFormValues } from '../components/PersonForm';

export default function PersonCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { user } = useSession();
  const create = useCreatePerson();
  const [form] = Form.useForm<PersonFormValues>();

  const onFinish = (v: PersonFormValues) => {
    const text = (s: string | undefined) => (s ?? '').trim().normalize('NFC');
    const body: CreatePersonInput = { fullName: text(v.fullName), ownerOrgId: v.ownerOrgId! };
    if (v.birthDate) body.birthDate = toIso(v.birthDate);
    else if (v.birthYear) body.birthYear = v.birthYear;
    if (v.gender) body.gender = v.gender;
    if (text(v.hometown)) body.hometown = text(v.hometown);
    if (text(v.ethnicity)) body.ethnicity = text(v.ethnicity);
    if (v.citizenId?.trim()) body.citizenId = v.citizenId.trim();
    if (v.positionOrgId && text(v.positionTitle)) {
      body.position = {
        organisationId: v.positionOrgId,
        title: text(v.positionTitle),
        ...(v.positionFrom ? { validFrom: toIso(v.positionFrom) } : {}),
      };
    }
    create.mutate(body, {
      onSuccess: (p) => {
        message.success(t('people.created', { name: p.fullName }));
        void navigate(paths.person(p.id));
      },
      onError: (e) => {
        if (isApiError(e) && e.code === 'validation_failed')
          form.setFields(Object.entries(e.fieldIssues).map(([name, msg]) => ({ name: name as keyof PersonFormValues, errors: [msg] })));
      },
    });
  };

  return (
    <>
      <nav aria-label={t('org.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.people}>← {t('people.backToList')}</Link>
      </nav>
      <PageHeader title={t('people.createTitle')} />
      <ErrorAlert error={create.error} />
      <Card>
        <PersonForm
          form={form}
          mode="create"
          onFinish={onFinish}
          initialValues={{ ownerOrgId: user.homeOrgId }}
          disabled={create.isPending}
        />
        <Flex gap={8} wrap="wrap">
          <Button type="primary" onClick={() => form.submit()} loading={create.isPending}>
            {t('common.create')}
          </Button>
          <Button onClick={() => void navigate(paths.people)}>{t('common.cancel')}</Button>
        </Flex>
      </Card>
    </>
  );
}
