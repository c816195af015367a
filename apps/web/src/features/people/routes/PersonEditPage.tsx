import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Form, Skeleton } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { Person } from '@thidua/contracts';
import { ErrorAlert } from '@/components/ErrorAlert';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { isApiError } from '@/lib/api-client';
import { fromIso, toIso } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useT } from '@/i18n';
import { usePerson } from '../api/get-person';
import { useUpdatePerson, type UpdatePersonInput } from '../api/update-person';
import { PersonForm, type PersonFormValues } from '../components/PersonForm';

function valuesOf(p: Person): PersonFormValues {
  return {
    fullName: p.fullName,
    birthDate: fromIso(p.birthDate),
    birthYear: p.birthYear,
    gender: p.gender,
    hometown: p.hometown ?? '',
    ethnicity: p.ethnicity ?? '',
    citizenId: p.citizenIdMasked ? '' : (p.citizenId ?? ''),
  };
}

/** Only what the user changed is sent (the API cannot clear a field, so emptied fields are left as they were). */
function changesOf(p: Person, v: PersonFormValues): UpdatePersonInput {
  const c: UpdatePersonInput = {};
  const text = (s: string | undefined) => (s ?? '').trim().normalize('NFC');
  if (text(v.fullName) !== p.fullName) c.fullName = text(v.fullName);
  const bd = v.birthDate ? toIso(v.birthDate) : null;
  if (bd && bd !== p.birthDate) c.birthDate = bd;
  if (!bd && v.birthYear && v.birthYear !== p.birthYear) c.birthYear = v.birthYear;
  if (v.gender && v.gender !== p.gender) c.gender = v.gender;
  if (text(v.hometown) && text(v.hometown) !== p.hometown) c.hometown = text(v.hometown);
  if (text(v.ethnicity) && text(v.ethnicity) !== p.ethnicity) c.ethnicity = text(v.ethnicity);
  const cid = (v.citizenId ?? '').trim();
  if (cid && (p.citizenIdMasked || cid !== p.citizenId)) c.citizenId = cid;
  return c;
}

/**
 * Edit a person with optimistic concurrency: the form remembers the version it was loaded from and
 * sends it as If-Match; on 412 the user is told someone else saved first and can reload.
 */
export default function PersonEditPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const person = usePerson(id);
  const update = useUpdatePerson();
  const [form] = Form.useForm<PersonFormValues>();
  // The version this form was filled from: a background refetch must not silently move it.
  const [base, setBase] = useState<Person | null>(null);
  const [conflict, setConflict] = useState(false);

  useEffect(() => {
    if (person.data && !base) {
      setBase(person.data);
      form.setFieldsValue(valuesOf(person.data));
    }
  }, [person.data, base, form]);

  if (person.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (person.isError) return <NotFoundInline error={person.error} backTo={paths.people} backLabel={t('people.backToList')} />;
  const p = base ?? person.data;

  const reload = async () => {
    const fresh = await person.refetch();
    if (fresh.data) {
      setBase(fresh.data);
      form.setFieldsValue(valuesOf(fresh.data));
      setConflict(false);
      update.reset();
      message.info(t('people.reloaded'));
    }
  };

  const onFinish = (v: PersonFormValues) => {
    const changes = changesOf(p, v);
    if (Object.keys(changes).length === 0) {
      message.info(t('people.noChanges'));
      return;
    }
    update.mutate(
      { id: p.id, version: p.version, changes },
      {
        onSuccess: (saved) => {
          message.success(t('people.saved'));
          setBase(saved);
          void navigate(paths.person(saved.id));
        },
        onError: (e) => {
          if (!isApiError(e)) return;
          if (e.code === 'precondition_failed') setConflict(true);
          if (e.code === 'validation_failed')
            form.setFields(Object.entries(e.fieldIssues).map(([name, msg]) => ({ name: name as keyof PersonFormValues, errors: [msg] })));
        },
      },
    );
  };

  return (
    <>
      <nav aria-label={t('org.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.person(p.id)}>← {p.fullName}</Link>
      </nav>
      <PageHeader title={t('people.editTitle', { name: p.fullName })} docTitle={t('people.editTitle', { name: p.fullName })} />
      {conflict ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('people.conflictTitle')}
          description={update.error?.message ?? t('errors.precondition_failed')}
          action={
            <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={person.isFetching}>
              {t('people.reload')}
            </Button>
          }
        />
      ) : (
        <ErrorAlert error={update.error} />
      )}
      <Card>
        <PersonForm
          form={form}
          mode="edit"
          onFinish={onFinish}
          maskedCitizenId={p.citizenIdMasked ? p.citizenId : null}
          disabled={update.isPending}
        />
        <Flex gap={8} wrap="wrap">
          <Button type="primary" onClick={() => form.submit()} loading={update.isPending} disabled={conflict}>
            {t('common.save')}
          </Button>
          <Button onClick={() => void navigate(paths.person(p.id))}>{t('common.cancel')}</Button>
        </Flex>
      </Card>
    </>
  );
}
