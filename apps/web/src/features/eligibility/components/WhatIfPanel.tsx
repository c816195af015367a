import { useMemo, type ReactNode } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, List, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { DeleteOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { AwardSelect, useAwardName } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, toIso, type Dayjs } from '@/lib/dates';
import { useI18n, type TKey } from '@/i18n';
import { useEvaluatePerson, type EvaluatePersonInput } from '../api/evaluate-person';
import type { AwardType, Rating, Scope } from '../api/get-person-history';
import { AWARD_TYPES, LDTT, RATINGS, SCOPES, VerdictTag } from './labels';
import { basisText, groundText, unmetText } from './conditions';
import { useDebounced } from '@/lib/use-debounced';

interface Values {
  award?: string;
  year?: number;
  asOf?: Dayjs | null;
  ratings?: { year?: number; rating?: Rating }[];
  awards?: { award?: string; year?: number; type?: AwardType }[];
  initiatives?: { year?: number; scope?: Scope }[];
}

function toBody(personId: string, v: Values | undefined): EvaluatePersonInput | null {
  if (!v?.award || !v.year || v.year < 1900 || v.year > 2200) return null;
  const ratings = (v.ratings ?? []).filter((r): r is { year: number; rating: Rating } => Boolean(r?.year && r.rating));
  const awards = (v.awards ?? []).filter((a): a is { award: string; year: number; type: AwardType } => Boolean(a?.award && a.year));
  const initiatives = (v.initiatives ?? []).filter((i): i is { year: number; scope: Scope } => Boolean(i?.year && i.scope));
  return {
    personId,
    award: v.award,
    year: v.year,
    ...(v.asOf ? { asOf: toIso(v.asOf) } : {}),
    whatIf: {
      ...(ratings.length ? { ratings: ratings.map((r) => ({ year: r.year, rating: r.rating })) } : {}),
      ...(awards.length ? { awards: awards.map((a) => ({ award: a.award, year: a.year, type: a.type ?? 'cong_trang' })) } : {}),
      ...(initiatives.length ? { initiatives: initiatives.map((i) => ({ year: i.year, scope: i.scope })) } : {}),
    },
  };
}

/** A repeatable list of hypothetical entries with labelled remove buttons. */
function Additions({
  name,
  title,
  addLabel,
  defaults,
  row,
}: {
  name: string;
  title: string;
  addLabel: string;
  defaults: () => object;
  row: (n: number) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="plain-fieldset history-section">
      <legend>{title}</legend>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="bottom" wrap={false}>
                <Col flex="auto">{row(f.name)}</Col>
                <Col flex="none">
                  <Form.Item label={<span className="sr-only">{t('elig.removeRow', { section: title, n: i + 1 })}</span>}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('elig.removeRow', { section: title, n: i + 1 })}
                      onClick={() => remove(f.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(defaults())}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

/**
 * "Nếu … thì": the verdict for one award and year on the stored history plus hypothetical ratings,
 * titles and initiatives, recomputed as the officer types. Nothing is saved.
 */
export function WhatIfPanel({ personId, defaultYear }: { personId: string; defaultYear: number }) {
  const i18n = useI18n();
  const { t, fmtDate } = i18n;
  const [form] = Form.useForm<Values>();
  const awardName = useAwardName();
  const values = Form.useWatch([], form);
  const body = useDebounced(
    useMemo(() => toBody(personId, values), [personId, values]),
    350,
  );
  const q = useEvaluatePerson(body);
  const year = (values?.year as number | undefined) ?? defaultYear;
  const yearItem = (n: number) => (
    <Form.Item name={[n, 'year']} label={t('elig.rowYear')} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  const r = q.data?.result;

  return (
    <Card
      title={
        <h2 className="card-title">
          <ExperimentOutlined aria-hidden /> {t('elig.whatIf.title')}
        </h2>
      }
      style={{ marginBottom: 16 }}
      data-testid="what-if"
    >
      <Alert type="info" showIcon title={t('elig.whatIf.nothingSaved')} style={{ marginBottom: 12 }} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Form<Values> form={form} layout="vertical" name="what-if" initialValues={{ award: LDTT, year: defaultYear }}>
            <Row gutter={8}>
              <Col xs={24}>
                <Form.Item name="award" label={t('elig.whatIf.award')} rules={[{ required: true, message: t('elig.awardRequired') }]}>
                  <AwardSelect filter={(a) => a.subjects.includes('individual')} />
                </Form.Item>
              </Col>
              <Col xs={12}>
                <Form.Item name="year" label={t('elig.year')} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12}>
                <Form.Item name="asOf" label={t('elig.whatIf.asOf')}>
                  <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Additions
              name="ratings"
              title={t('elig.whatIf.ratings')}
              addLabel={t('elig.addRating')}
              defaults={() => ({ year, rating: 'tot' })}
              row={(n) => (
                <Row gutter={8}>
                  <Col xs={9} sm={6}>
                    {yearItem(n)}
                  </Col>
                  <Col xs={15} sm={18}>
                    <Form.Item name={[n, 'rating']} label={t('elig.rating')}>
                      <Select options={RATINGS.map((x) => ({ value: x, label: t(`elig.rating.${x}` as TKey) }))} />
                    </Form.Item>
                  </Col>
                </Row>
              )}
            />
            <Additions
              name="awards"
              title={t('elig.whatIf.awards')}
              addLabel={t('elig.addAward')}
              defaults={() => ({ year, award: LDTT, type: 'cong_trang' })}
              row={(n) => (
                <Row gutter={8}>
                  <Col xs={24} sm={11}>
                    <Form.Item name={[n, 'award']} label={t('elig.pastAward')}>
                      <AwardSelect filter={(a) => a.subjects.includes('individual')} />
                    </Form.Item>
                  </Col>
                  <Col xs={9} sm={5}>
                    {yearItem(n)}
                  </Col>
                  <Col xs={15} sm={8}>
                    <Form.Item name={[n, 'type']} label={t('elig.awardType')}>
                      <Select
                        popupMatchSelectWidth={false}
                        options={AWARD_TYPES.map((x) => ({ value: x, label: t(`award.type.${x}` as TKey) }))}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              )}
            />
            <Additions
              name="initiatives"
              title={t('elig.whatIf.initiatives')}
              addLabel={t('elig.addInitiative')}
              defaults={() => ({ year, scope: 'co_so' })}
              row={(n) => (
                <Row gutter={8}>
                  <Col xs={9} sm={6}>
                    {yearItem(n)}
                  </Col>
                  <Col xs={15} sm={18}>
                    <Form.Item name={[n, 'scope']} label={t('elig.scope')}>
                      <Select options={SCOPES.map((s) => ({ value: s, label: t(`elig.scope.${s}` as TKey) }))} />
                    </Form.Item>
                  </Col>
                </Row>
              )}
            />
          </Form>
        </Col>
        <Col xs={24} xl={11}>
          <div aria-live="polite" data-testid="what-if-result">
            <h3 className="card-title" style={{ marginBottom: 8 }}>
              {t('elig.result')} {q.isFetching ? <Spin size="small" /> : null}
            </h3>
            <ErrorAlert error={q.error} />
            {!body ? <Typography.Text type="secondary">{t('elig.whatIf.pick')}</Typography.Text> : null}
            {r && body ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <div>
                  <strong>{awardName(body.award)}</strong> — {t('elig.year')} {body.year}: <VerdictTag verdict={r.verdict} t={t} />
                </div>
                {q.data && q.data.conflicts.length > 0 ? (
                  <Alert
                    type="warning"
                    showIcon
                    role="alert"
                    title={t('elig.whatIf.conflicts')}
                    description={
                      <ul className="plain-list">
                        {q.data.conflicts.map((c) => (
                          <li key={c.entryId}>
                            {t(`elig.conflict.${c.reason}` as TKey, { award: awardName(c.award), decision: c.decisionNumber ?? '—' })}
                          </li>
                        ))}
                      </ul>
                    }
                  />
                ) : null}
                {r.unmet.length > 0 ? (
                  <List
                    size="small"
                    bordered
                    header={<strong>{t('elig.unmet', { n: r.unmet.length })}</strong>}
                    dataSource={r.unmet}
                    renderItem={(c, i) => (
                      <List.Item key={`${c.code}-${i}`}>
                        <div>
                          <div>{unmetText(i18n, c)}</div>
                          {c.earliestYear ? <Tag color="blue">{t('elig.person.earliest', { year: c.earliestYear })}</Tag> : null}
                          <Typography.Text type="secondary" className="small">
                            {basisText(i18n, c)}
                          </Typography.Text>
                        </div>
                      </List.Item>
                    )}
                  />
                ) : (
                  <Typography.Text>{t('elig.noUnmet')}</Typography.Text>
                )}
                {r.toConfirm.length > 0 ? (
                  <Typography.Text type="secondary" className="small">
                    {t('elig.toConfirm', { n: r.toConfirm.length })}: {r.toConfirm.map((c) => groundText(i18n, c)).join(' ')}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary" className="small">
                  {t('elig.person.asOf', { date: fmtDate(q.data!.asOf) })}
                </Typography.Text>
              </Space>
            ) : null}
          </div>
        </Col>
      </Row>
    </Card>
  );
}
