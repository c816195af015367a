import { useState } from 'react';
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Select, Table, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { AwardSelect, useAwardName } from '@/components/award-select';
import { ErrorAlert } from '@/components/ErrorAlert';
import { DATE_INPUT_FORMATS, DATE_PLACEHOLDER, fmtDate, toIso, type Dayjs } from '@/lib/dates';
import { useI18n, type TKey } from '@/i18n';
import { usePersonHistory, type AwardType, type BlockKind, type PersonHistory, type Rating, type Scope } from '../api/get-person-history';
import { useAddBlock } from '../api/add-block';
import { useAddInitiative } from '../api/add-initiative';
import { useAddPastAward } from '../api/add-past-award';
import { useSetRating } from '../api/set-rating';
import { AWARD_TYPES, labelOr, RATINGS, SCOPES } from './labels';

type Kind = 'rating' | 'initiative' | 'block' | 'award';

const dateField = { format: DATE_INPUT_FORMATS, placeholder: DATE_PLACEHOLDER, style: { width: '100%' } };

/** One modal form per kind of history entry; each write answers the new history and the verdicts refresh. */
function AddEntryModal({
  kind,
  personId,
  defaultYear,
  onClose,
}: {
  kind: Kind;
  personId: string;
  defaultYear: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const rating = useSetRating(personId);
  const initiative = useAddInitiative(personId);
  const block = useAddBlock(personId);
  const award = useAddPastAward(personId);
  const m = { rating, initiative, block, award }[kind];
  const req = [{ required: true, message: t('common.required') }];
  const yearInput = <InputNumber min={1900} max={2200} precision={0} style={{ width: '100%' }} />;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = () => {
      void message.success(t('elig.history.saved'));
      onClose();
    };
    if (kind === 'rating') rating.mutate({ year: v.year as number, rating: v.rating as Rating }, { onSuccess: done });
    if (kind === 'initiative')
      initiative.mutate(
        {
          year: v.year as number,
          scope: v.scope as Scope,
          title: v.title as string,
          ...(v.decisionNumber ? { decisionNumber: v.decisionNumber as string } : {}),
          ...(v.decisionDate ? { decisionDate: toIso(v.decisionDate as Dayjs) } : {}),
        },
        { onSuccess: done },
      );
    if (kind === 'block')
      block.mutate(
        {
          kind: v.kind as BlockKind,
          from: toIso(v.from as Dayjs),
          ...(v.to ? { to: toIso(v.to as Dayjs) } : {}),
          ...(v.level ? { level: v.level as string } : {}),
          ...(v.note ? { note: v.note as string } : {}),
        },
        { onSuccess: done },
      );
    if (kind === 'award')
      award.mutate(
        {
          award: v.award as string,
          type: v.type as AwardType,
          year: v.year as number,
          decisionNumber: v.decisionNumber as string,
          decisionDate: toIso(v.decisionDate as Dayjs),
          decisionAuthority: v.decisionAuthority as string,
        },
        { onSuccess: done },
      );
  };

  return (
    <Modal
      open
      title={t(`elig.history.add.${kind}` as TKey)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={m.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={m.error} />
      <Form
        form={form}
        layout="vertical"
        name={`history-${kind}`}
        initialValues={{ year: defaultYear, rating: 'tot', scope: 'co_so', kind: 'discipline', type: 'cong_trang' }}
      >
        {kind === 'rating' ? (
          <>
            <Form.Item name="year" label={t('elig.rowYear')} rules={req}>
              {yearInput}
            </Form.Item>
            <Form.Item name="rating" label={t('elig.rating')} rules={req}>
              <Select options={RATINGS.map((r) => ({ value: r, label: t(`elig.rating.${r}` as TKey) }))} />
            </Form.Item>
            <Typography.Paragraph type="secondary" className="small">
              {t('elig.history.ratingReplaces')}
            </Typography.Paragraph>
          </>
        ) : null}
        {kind === 'initiative' ? (
          <>
            <Form.Item name="title" label={t('elig.history.initiativeTitle')} rules={req}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="year" label={t('elig.rowYear')} rules={req}>
              {yearInput}
            </Form.Item>
            <Form.Item name="scope" label={t('elig.scope')} rules={req}>
              <Select options={SCOPES.map((s) => ({ value: s, label: t(`elig.scope.${s}` as TKey) }))} />
            </Form.Item>
            <Form.Item name="decisionNumber" label={t('elig.history.decisionNumberOptional')}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="decisionDate" label={t('elig.history.decisionDateOptional')}>
              <DatePicker {...dateField} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'block' ? (
          <>
            <Form.Item name="kind" label={t('elig.blockKind')} rules={req}>
              <Select
                options={[
                  { value: 'discipline', label: t('elig.block.discipline') },
                  { value: 'investigation', label: t('elig.block.investigation') },
                ]}
              />
            </Form.Item>
            <Form.Item name="level" label={t('elig.history.level')}>
              <Input maxLength={100} placeholder={t('elig.history.levelHint')} />
            </Form.Item>
            <Form.Item name="from" label={t('people.from')} rules={req}>
              <DatePicker {...dateField} />
            </Form.Item>
            <Form.Item name="to" label={t('people.to')} extra={t('elig.history.toHint')}>
              <DatePicker {...dateField} />
            </Form.Item>
            <Form.Item name="note" label={t('elig.history.note')}>
              <Input.TextArea maxLength={500} rows={2} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'award' ? (
          <>
            <Form.Item name="award" label={t('elig.pastAward')} rules={req}>
              <AwardSelect filter={(a) => a.subjects.includes('individual')} />
            </Form.Item>
            <Form.Item name="type" label={t('elig.awardType')} rules={req}>
              <Select options={AWARD_TYPES.map((x) => ({ value: x, label: t(`award.type.${x}` as TKey) }))} />
            </Form.Item>
            <Form.Item name="year" label={t('elig.history.achievementYear')} rules={req}>
              {yearInput}
            </Form.Item>
            <Form.Item name="decisionNumber" label={t('elig.history.decisionNumber')} rules={req}>
              <Input maxLength={50} placeholder="123/QĐ-UBND" />
            </Form.Item>
            <Form.Item name="decisionDate" label={t('elig.decisionDate')} rules={req}>
              <DatePicker {...dateField} />
            </Form.Item>
            <Form.Item name="decisionAuthority" label={t('elig.history.decisionAuthority')} rules={req}>
              <Input maxLength={300} placeholder={t('elig.history.decisionAuthorityHint')} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

/** The stored history the rules read: ratings, awards, initiatives, discipline/investigation periods. */
export function PersonHistoryCard({ personId, canEdit, defaultYear }: { personId: string; canEdit: boolean; defaultYear: number }) {
  const { t } = useI18n();
  const history = usePersonHistory(personId);
  const awardName = useAwardName();
  const [adding, setAdding] = useState<Kind | null>(null);
  const h: PersonHistory = history.data ?? { ratings: [], awards: [], initiatives: [], blocks: [] };
  const addButton = (kind: Kind) =>
    canEdit ? (
      <Button icon={<PlusOutlined />} onClick={() => setAdding(kind)} style={{ marginBottom: 8 }}>
        {t(`elig.history.add.${kind}` as TKey)}
      </Button>
    ) : null;
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Card title={<h2 className="card-title">{t('elig.history.title')}</h2>} style={{ marginBottom: 16 }} loading={history.isPending}>
      <ErrorAlert error={history.error} />
      <Tabs
        items={[
          {
            key: 'ratings',
            label: `${t('elig.ratings')} (${h.ratings.length})`,
            children: (
              <>
                {addButton('rating')}
                <Table
                  rowKey="year"
                  size="small"
                  pagination={false}
                  dataSource={[...h.ratings].reverse()}
                  locale={{ emptyText: t('elig.none') }}
                  caption={<span className="sr-only">{t('elig.ratings')}</span>}
                  data-testid="history-ratings"
                  columns={[
                    { title: t('elig.rowYear'), dataIndex: 'year', width: 80 },
                    { title: t('elig.rating'), dataIndex: 'rating', render: (r: string) => t(`elig.rating.${r}` as TKey) },
                    {
                      title: t('elig.history.source'),
                      dataIndex: 'source',
                      width: 120,
                      responsive: ['sm'],
                      render: (s: string) => labelOr(t, `elig.history.source.${s}`, s),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'awards',
            label: `${t('elig.awards')} (${h.awards.length})`,
            children: (
              <>
                {addButton('award')}
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[...h.awards].reverse()}
                  locale={{ emptyText: t('elig.none') }}
                  caption={<span className="sr-only">{t('elig.awards')}</span>}
                  scroll={{ x: 'max-content' }}
                  columns={[
                    { title: t('elig.rowYear'), dataIndex: 'year', width: 70 },
                    {
                      title: t('elig.pastAward'),
                      dataIndex: 'award',
                      render: (a: string, r) => (
                        <>
                          {awardName(a)} {r.status === 'revoked' ? <Tag color="red">{t('elig.history.revoked')}</Tag> : null}
                        </>
                      ),
                    },
                    {
                      title: t('elig.awardType'),
                      dataIndex: 'type',
                      render: (x: string) => t(`award.type.${x}` as TKey),
                      responsive: ['md'],
                    },
                    {
                      title: t('elig.history.decision'),
                      key: 'd',
                      render: (_v, r) =>
                        r.decisionNumber ? `${r.decisionNumber}${r.decisionDate ? `, ${fmtDate(r.decisionDate)}` : ''}` : dash,
                    },
                    {
                      title: t('elig.history.decisionAuthority'),
                      dataIndex: 'decisionAuthority',
                      responsive: ['lg'],
                      render: (x: string | null) => x ?? dash,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'initiatives',
            label: `${t('elig.initiatives')} (${h.initiatives.length})`,
            children: (
              <>
                {addButton('initiative')}
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[...h.initiatives].reverse()}
                  locale={{ emptyText: t('elig.none') }}
                  caption={<span className="sr-only">{t('elig.initiatives')}</span>}
                  columns={[
                    { title: t('elig.rowYear'), dataIndex: 'year', width: 70 },
                    { title: t('elig.history.initiativeTitle'), dataIndex: 'title' },
                    { title: t('elig.scope'), dataIndex: 'scope', render: (s: string) => t(`elig.scope.${s}` as TKey), responsive: ['sm'] },
                    {
                      title: t('elig.history.decision'),
                      key: 'd',
                      responsive: ['md'],
                      render: (_v, r) =>
                        r.decisionNumber ? `${r.decisionNumber}${r.decisionDate ? `, ${fmtDate(r.decisionDate)}` : ''}` : dash,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'blocks',
            label: `${t('elig.blocks')} (${h.blocks.length})`,
            children: (
              <>
                {addButton('block')}
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={[...h.blocks].reverse()}
                  locale={{ emptyText: t('elig.none') }}
                  caption={<span className="sr-only">{t('elig.blocks')}</span>}
                  columns={[
                    { title: t('elig.blockKind'), dataIndex: 'kind', render: (k: string) => t(`elig.block.${k}` as TKey) },
                    { title: t('people.from'), dataIndex: 'from', render: (d: string) => fmtDate(d), width: 110 },
                    {
                      title: t('people.to'),
                      dataIndex: 'to',
                      render: (d: string | null) => (d ? fmtDate(d) : t('elig.history.ongoing')),
                      width: 110,
                    },
                    {
                      title: t('elig.history.note'),
                      key: 'n',
                      responsive: ['md'],
                      render: (_v, r) => [r.level, r.note].filter(Boolean).join(' — ') || dash,
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {adding ? <AddEntryModal kind={adding} personId={personId} defaultYear={defaultYear} onClose={() => setAdding(null)} /> : null}
    </Card>
  );
}
