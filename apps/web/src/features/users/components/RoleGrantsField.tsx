import { Button, Col, Form, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { MessageKey } from '@thidua/i18n';
import { OrganisationSelect } from '@/components/organisation-select';
import { ROLE_ORDER } from '@/lib/permissions';
import { useT } from '@/i18n';

/**
 * Roles with their scope: each grant applies to an organisation's subtree (and its predecessors);
 * no organisation means nationwide.
 */
export function RoleGrantsField({ name = 'roles' }: { name?: string }) {
  const t = useT();
  return (
    <fieldset className="plain-fieldset">
      <legend>{t('users.roles')}</legend>
      <Typography.Paragraph type="secondary">{t('users.rolesHint')}</Typography.Paragraph>
      <Form.List
        name={name}
        rules={[
          {
            validator: async (_r, v: unknown[] | undefined) => {
              if (!v || v.length === 0) throw new Error(t('users.roleRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="top" className="grant-row">
                <Col xs={24} sm={10}>
                  <Form.Item
                    name={[f.name, 'role']}
                    label={t('users.role', { n: i + 1 })}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      options={ROLE_ORDER.map((r) => ({ value: r, label: t(`roles.${r}` as MessageKey) }))}
                      popupMatchSelectWidth={false}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={12}>
                  <Form.Item name={[f.name, 'scopeOrgId']} label={t('users.scope')}>
                    <OrganisationSelect placeholder={t('users.nationwide')} />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2}>
                  <Button
                    className="grant-remove"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('users.removeRole', { n: i + 1 })}
                    onClick={() => remove(f.name)}
                    disabled={fields.length <= 1}
                  />
                </Col>
              </Row>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'unit_officer', scopeOrgId: null })}>
              {t('users.addRole')}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
