import { Col, DatePicker, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, type Dayjs } from '@/lib/dates';
import { OrganisationSelect } from '@/components/organisation-select';
import { useT } from '@/i18n';

export interface PersonFormValues {
  fullName: string;
  birthDate?: Dayjs | null;
  birthYear?: number | null;
  gender?: 'nam' | 'nu' | null;
  hometown?: string;
  ethnicity?: string;
  citizenId?: string;
  ownerOrgId?: string | null;
  positionOrgId?: string | null;
  positionTitle?: string;
  positionFrom?: Dayjs | null;
}

/**
 * The fields of a person. `mode="create"` adds the owning unit and a first position. On edit, a masked
 * CCCD is left empty: typing a number replaces it, leaving it empty keeps the stored one.
 */
export function PersonForm({
  form,
  mode,
  onFinish,
  initialValues,
  maskedCitizenId,
  disabled,
}: {
  form: FormInstance<PersonFormValues>;
  mode: 'create' | 'edit';
  onFinish: (v: PersonFormValues) => void;
  initialValues?: Partial<PersonFormValues>;
  maskedCitizenId?: string | null;
  disabled?: boolean;
}) {
  const t = useT();
  const positionOrg = Form.useWatch('positionOrgId', form);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={initialValues}
      disabled={disabled}
      name={`person-${mode}`}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('people.fullName')}
            name="fullName"
            rules={[{ required: true, whitespace: true, message: t('people.fullNameRequired') }, { max: 200 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('people.birthDate')} name="birthDate">
            <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('people.birthYear')} name="birthYear" extra={t('people.birthYearHint')}>
            <InputNumber min={1880} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('people.gender')} name="gender">
            <Select
              allowClear
              options={[
                { value: 'nam', label: t('people.male') },
                { value: 'nu', label: t('people.female') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('people.ethnicity')} name="ethnicity" rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('people.hometown')} name="hometown" rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('people.citizenId')}
            name="citizenId"
            rules={[{ pattern: /^\s*(\d{12}|\d{9})\s*$/, message: t('people.citizenIdFormat') }]}
            extra={maskedCitizenId ? t('people.citizenIdMaskedEdit', { masked: maskedCitizenId }) : t('people.citizenIdHint')}
          >
            <Input inputMode="numeric" maxLength={12} autoComplete="off" className="mono" />
          </Form.Item>
        </Col>
        {mode === 'create' ? (
          <Col xs={24} md={12}>
            <Form.Item
              label={t('people.owner')}
              name="ownerOrgId"
              rules={[{ required: true, message: t('common.required') }]}
              extra={t('people.ownerHint')}
            >
              <OrganisationSelect />
            </Form.Item>
          </Col>
        ) : null}
      </Row>
      {mode === 'create' ? (
        <fieldset className="plain-fieldset">
          <legend>{t('people.firstPosition')}</legend>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label={t('people.positionOrg')} name="positionOrgId">
                <OrganisationSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('people.positionTitle')}
                name="positionTitle"
                rules={[{ required: Boolean(positionOrg), whitespace: true, message: t('common.required') }, { max: 200 }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('people.from')} name="positionFrom">
                <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </fieldset>
      ) : null}
    </Form>
  );
}
