import { useEffect, useRef, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  InputNumber,
  List,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, DeleteOutlined, PlusOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { AwardSelect, useAwards } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, dayjs, toIso, type Dayjs } from '@/lib/dates';
import { useI18n, type TKey } from '@/i18n';
import { useEvaluateEligibility, type EvaluationInput, type EvaluationResponse } from '../api/evaluate-eligibility';
import { basisText, decreeText, groundText, metSentence, unmetText } from '../components/conditions';

type Subject = 'individual' | 'collective' | 'household';
type Rating = 'xuat_sac' | 'tot' | 'hoan_thanh' | 'khong_hoan_thanh';
type AwardType = 'cong_trang' | 'dot_xuat' | 'chuyen_de' | 'cong_hien' | 'nien_han' | 'doi_ngoai' | 'khang_chien';
type Scope = 'co_so' | 'tinh' | 'toan_quoc';

interface Values {
  award: string;
  subject: Subject;
  year: number;
  asOf: Dayjs;
  ratings?: { year: number; rating: Rating }[];
  awards?: { award: string; year: number; type: AwardType; decisionDate?: Dayjs | null }[];
  initiatives?: { year: number; scope: Scope }[];
  blocks?: { kind: 'discipline' | 'investigation'; from: Dayjs; to?: Dayjs | null }[];
  memberStats?: {
    year: number;
    members: number;
    completedTasks: number;
    laoDongTienTien: number;
    chienSiThiDuaCoSo: number;
    disciplinedWarningOrAbove: number;
  }[];
}

const RATINGS: Rating[] = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'];
const TYPES: AwardType[] = ['cong_trang', 'dot_xuat', 'chuyen_de', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien'];
const SCOPES: Scope[] = ['co_so', 'tinh', 'toan_quoc'];
const SUBJECTS: Subject[] = ['individual', 'collective', 'household'];
const STAT_FIELDS = ['members', 'completedTasks', 'laoDongTienTien', 'chienSiThiDuaCoSo', 'disciplinedWarningOrAbove'] as const;

function toRequest(v: Values): EvaluationInput {
  return {
    award: v.award,
    asOf: toIso(v.asOf),
    year: v.year,
    subject: { kind: v.subject },
    history: {
      ratings: (v.ratings ?? []).filter((r) => r?.year && r.rating),
      awards: (v.awards ?? [])
        .filter((a) => a?.award && a.year)
        .map((a) => ({
          award: a.award,
          year: a.year,
          type: a.type ?? 'cong_trang',
          ...(a.decisionDate ? { decisionDate: toIso(a.decisionDate) } : {}),
        })),
      initiatives: (v.initiatives ?? []).filter((i) => i?.year && i.scope),
      blocks: (v.blocks ?? [])
        .filter((b) => b?.kind && b.from)
        .map((b) => ({ kind: b.kind, from: toIso(b.from), ...(b.to ? { to: toIso(b.to) } : {}) })),
      ...(v.subject === 'collective' && (v.memberStats ?? []).length > 0
        ? { memberStats: (v.memberStats ?? []).filter((m) => m?.year) }
        : {}),
    },
  };
}

/** One repeatable block of the history (ratings, awards, initiatives, …) with its add button. */
function HistorySection({
  title,
  hint,
  name,
  addLabel,
  empty,
  row,
  defaults,
}: {
  title: string;
  hint?: string;
  name: string;
  addLabel: string;
  empty: string;
  row: (field: { name: number; key: number }, index: number) => ReactNode;
  defaults: () => Record<string, unknown>;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="plain-fieldset history-section">
      <legend>{title}</legend>
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph> : null}
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="top" className="history-row">
                <Col flex="auto">{row(f, i)}</Col>
                <Col flex="none">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('elig.removeRow', { section: title, n: i + 1 })}
                    onClick={() => remove(f.name)}
                    className="grant-remove"
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(defaults())}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}

function ConditionList({
  title,
  icon,
  items,
  empty,
  testId,
}: {
  title: string;
  icon: ReactNode;
  items: { key: string; main: ReactNode; basis: string; extra?: ReactNode }[];
  empty: string;
  testId: string;
}) {
  return (
    <Card
      title={
        <h3 className="card-title">
          {icon} {title}
        </h3>
      }
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={testId}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <List
          dataSource={items}
          renderItem={(c) => (
            <List.Item key={c.key}>
              <div>
                <div>{c.main}</div>
                <Typography.Text type="secondary" className="small">
                  {c.basis}
                </Typography.Text>
                {c.extra ? <div style={{ marginTop: 4 }}>{c.extra}</div> : null}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Result({ result }: { result: EvaluationResponse }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ruleSet = t(`elig.ruleSet.${result.ruleSet}` as TKey);
  const type = result.verdict === 'eligible' ? 'success' : result.verdict === 'ineligible' ? 'error' : 'warning';
  return (
    <div data-testid="eligibility-result">
      <Alert
        type={type}
        showIcon
        style={{ marginBottom: 12 }}
        title={<strong>{t(`elig.verdict.${result.verdict}` as TKey)}</strong>}
        description={t('elig.ruleSetLine', { ruleSet: ruleSet.startsWith('elig.') ? result.ruleSet : ruleSet, decree: decreeText(i18n, result.decree) })}
      />
      <ConditionList
        testId="unmet"
        title={t('elig.unmet', { n: result.unmet.length })}
        icon={<CloseCircleOutlined style={{ color: '#cf1322' }} aria-hidden />}
        empty={t('elig.noUnmet')}
        items={result.unmet.map((c, i) => ({
          key: `${c.code}-${i}`,
          main: unmetText(i18n, c),
          basis: basisText(i18n, c),
          extra: c.earliestYear ? <Tag color="blue">{t('elig.earliestYear', { year: c.earliestYear })}</Tag> : undefined,
        }))}
      />
      <ConditionList
        testId="to-confirm"
        title={t('elig.toConfirm', { n: result.toConfirm.length })}
        icon={<QuestionCircleOutlined style={{ color: '#d48806' }} aria-hidden />}
        empty={t('elig.noToConfirm')}
        items={result.toConfirm.map((c, i) => ({ key: `${c.code}-${i}`, main: groundText(i18n, c), basis: basisText(i18n, c) }))}
      />
      <ConditionList
        testId="met"
        title={t('elig.met', { n: result.met.length })}
        icon={<CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden />}
        empty={t('elig.noMet')}
        items={result.met.map((c, i) => {
          // Worded from the code and params; a code this catalogue cannot word (a newer server's) shows the
          // legal basis first and the code after it.
          const text = metSentence(i18n, c) ?? c.message;
          return text === undefined
            ? { key: `${c.code}-${i}`, main: basisText(i18n, c), basis: c.code }
            : { key: `${c.code}-${i}`, main: text, basis: basisText(i18n, c) };
        })}
      />
    </div>
  );
}

/**
 * "Xét điều kiện khen thưởng": checks a proposal (award, achievement year, history) against the rules in
 * force on the evaluation date, listing every unmet condition with its legal basis and what the
 * council must still confirm. Nothing is stored.
 */
export default function EligibilityPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const evaluate = useEvaluateEligibility();
  const awards = useAwards();
  const resultRef = useRef<HTMLDivElement>(null);
  const awardCode = Form.useWatch('award', form);
  const subject = Form.useWatch('subject', form);
  const year = Form.useWatch('year', form);
  const chosen = awards.data?.items.find((a) => a.code === awardCode);
  const allowedSubjects = chosen?.subjects ?? SUBJECTS;

  useEffect(() => {
    if (chosen && subject && !chosen.subjects.includes(subject)) form.setFieldValue('subject', chosen.subjects[0]);
  }, [chosen, subject, form]);
  useEffect(() => {
    if (evaluate.data) resultRef.current?.focus();
  }, [evaluate.data]);

  const lastYear = dayjs().year() - 1;
  const yearField = (name: (string | number)[], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <>
      <PageHeader title={t('elig.title')} subtitle={t('elig.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            <Form<Values>
              form={form}
              layout="vertical"
              name="eligibility"
              initialValues={{ subject: 'individual', year: lastYear, asOf: dayjs(), ratings: [{ year: lastYear, rating: 'tot' }] }}
              onFinish={(v) => evaluate.mutate(toRequest(v))}
            >
              <Row gutter={16}>
                <Col xs={24}>
                  <Form.Item name="award" label={t('elig.award')} rules={[{ required: true, message: t('elig.awardRequired') }]}>
                    <AwardSelect />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="subject" label={t('elig.subject')}>
                    <Radio.Group
                      optionType="button"
                      options={SUBJECTS.map((s) => ({
                        value: s,
                        label: t(`award.subject.${s}` as TKey),
                        disabled: !allowedSubjects.includes(s),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name="year"
                    label={t('elig.year')}
                    rules={[{ required: true, message: t('common.required') }]}
                    extra={t('elig.yearHint')}
                  >
                    <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name="asOf"
                    label={t('elig.asOf')}
                    rules={[{ required: true, message: t('common.required') }]}
                    extra={t('elig.asOfHint')}
                  >
                    <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} allowClear={false} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>

              <HistorySection
                title={t('elig.ratings')}
                hint={t('elig.ratingsHint')}
                name="ratings"
                addLabel={t('elig.addRating')}
                empty={t('elig.none')}
                defaults={() => ({ year: (year ?? lastYear) - (form.getFieldValue('ratings')?.length ?? 0), rating: 'tot' })}
                row={(f) => (
                  <Row gutter={8}>
                    <Col xs={8} sm={6}>
                      {yearField([f.name, 'year'], t('elig.rowYear'))}
                    </Col>
                    <Col xs={16} sm={18}>
                      <Form.Item
                        name={[f.name, 'rating']}
                        label={t('elig.rating')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <Select options={RATINGS.map((r) => ({ value: r, label: t(`elig.rating.${r}` as TKey) }))} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              />

              <HistorySection
                title={t('elig.awards')}
                hint={t('elig.awardsHint')}
                name="awards"
                addLabel={t('elig.addAward')}
                empty={t('elig.none')}
                defaults={() => ({ year: year ?? lastYear, type: 'cong_trang' })}
                row={(f) => (
                  <Row gutter={8}>
                    <Col xs={24} sm={12}>
                      <Form.Item
                        name={[f.name, 'award']}
                        label={t('elig.pastAward')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <AwardSelect />
                      </Form.Item>
                    </Col>
                    <Col xs={8} sm={4}>
                      {yearField([f.name, 'year'], t('elig.rowYear'))}
                    </Col>
                    <Col xs={16} sm={8}>
                      <Form.Item name={[f.name, 'decisionDate']} label={t('elig.decisionDate')}>
                        <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12}>
                      <Form.Item name={[f.name, 'type']} label={t('elig.awardType')}>
                        <Select options={TYPES.map((x) => ({ value: x, label: t(`award.type.${x}` as TKey) }))} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              />

              <HistorySection
                title={t('elig.initiatives')}
                name="initiatives"
                addLabel={t('elig.addInitiative')}
                empty={t('elig.none')}
                defaults={() => ({ year: year ?? lastYear, scope: 'co_so' })}
                row={(f) => (
                  <Row gutter={8}>
                    <Col xs={8} sm={6}>
                      {yearField([f.name, 'year'], t('elig.rowYear'))}
                    </Col>
                    <Col xs={16} sm={18}>
                      <Form.Item
                        name={[f.name, 'scope']}
                        label={t('elig.scope')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <Select options={SCOPES.map((s) => ({ value: s, label: t(`elig.scope.${s}` as TKey) }))} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              />

              <HistorySection
                title={t('elig.blocks')}
                hint={t('elig.blocksHint')}
                name="blocks"
                addLabel={t('elig.addBlock')}
                empty={t('elig.none')}
                defaults={() => ({ kind: 'discipline' })}
                row={(f) => (
                  <Row gutter={8}>
                    <Col xs={24} sm={10}>
                      <Form.Item name={[f.name, 'kind']} label={t('elig.blockKind')} rules={[{ required: true }]}>
                        <Select
                          options={[
                            { value: 'discipline', label: t('elig.block.discipline') },
                            { value: 'investigation', label: t('elig.block.investigation') },
                          ]}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={7}>
                      <Form.Item
                        name={[f.name, 'from']}
                        label={t('people.from')}
                        rules={[{ required: true, message: t('common.required') }]}
                      >
                        <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={7}>
                      <Form.Item name={[f.name, 'to']} label={t('people.to')}>
                        <DatePicker format={DATE_INPUT_FORMATS} placeholder={DATE_PLACEHOLDER} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              />

              {subject === 'collective' ? (
                <HistorySection
                  title={t('elig.memberStats')}
                  hint={t('elig.memberStatsHint')}
                  name="memberStats"
                  addLabel={t('elig.addMemberStats')}
                  empty={t('elig.none')}
                  defaults={() => ({
                    year: year ?? lastYear,
                    members: 0,
                    completedTasks: 0,
                    laoDongTienTien: 0,
                    chienSiThiDuaCoSo: 0,
                    disciplinedWarningOrAbove: 0,
                  })}
                  row={(f) => (
                    <Row gutter={8}>
                      <Col xs={12} sm={4}>
                        {yearField([f.name, 'year'], t('elig.rowYear'))}
                      </Col>
                      {STAT_FIELDS.map((k) => (
                        <Col xs={12} sm={4} key={k}>
                          <Form.Item
                            name={[f.name, k]}
                            label={t(`elig.stat.${k}` as TKey)}
                            rules={[{ required: true, message: t('common.required') }]}
                          >
                            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      ))}
                    </Row>
                  )}
                />
              ) : null}

              <Flex gap={8} wrap="wrap">
                <Button type="primary" htmlType="submit" loading={evaluate.isPending}>
                  {t('elig.submit')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    evaluate.reset();
                  }}
                >
                  {t('elig.reset')}
                </Button>
              </Flex>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <div ref={resultRef} tabIndex={-1} aria-live="polite" className="result-panel">
            <h2 className="card-title" style={{ marginBottom: 12 }}>
              {t('elig.result')}
            </h2>
            <ErrorAlert error={evaluate.error} />
            {evaluate.data ? (
              <Result result={evaluate.data} />
            ) : (
              <Card>
                <Space orientation="vertical">
                  <Typography.Text type="secondary">{t('elig.noResult')}</Typography.Text>
                </Space>
              </Card>
            )}
          </div>
        </Col>
      </Row>
    </>
  );
}
