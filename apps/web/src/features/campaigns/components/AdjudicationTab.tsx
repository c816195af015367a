import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, Radio, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { importIssueText } from '@/lib/import-issue';
import type { CampaignView } from '../api/get-campaign';
import { useOpenAdjudicationCount, useOpenAdjudications, type AdjudicationView } from '../api/list-adjudications';
import { useResolveAdjudication } from '../api/resolve-adjudication';
import { ADJUDICATIONS_PAGE, adjudicationCards, adjudicationQueryText, resolveCells, unsettled, type Choice, type Choices } from './adjudication';
import { ENTRY_FIELDS, issuesOf, placeIssues, type CampaignField } from './entry-form';
import { useCampaignText } from './text';
import { useDebounced } from '@/lib/use-debounced';

type Field = AdjudicationView['fields'][number];

/**
 * Records keyed twice with differences: the adjudicator settles each differing field and writes the record.
 * The server searches and pages the list (20 at a time, "Xem thêm" for the next 20); the search is sent
 * once typing pauses.
 */
export function AdjudicationTab({ c }: { c: CampaignView }) {
  const { t, num } = useCampaignText();
  const [text, setText] = useState('');
  const q = useDebounced(adjudicationQueryText(text), 300);
  const count = useOpenAdjudicationCount(c.id, c.can.adjudicate);
  const list = useOpenAdjudications(c.id, q, c.can.adjudicate);
  const error = count.error ?? list.error;
  if (error) return <ErrorAlert error={error} />;
  const all = count.data ?? 0;
  const items = adjudicationCards(list.data?.pages ?? []);
  const found = list.data?.pages.at(-1)?.total ?? 0;
  const searching = list.isFetching && !list.isFetchingNextPage;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }} data-testid="adjudications">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('campaigns.adj.help')}
      </Typography.Paragraph>
      {count.isPending || list.isPending ? (
        <Card loading />
      ) : all === 0 ? (
        <Empty description={t('campaigns.adj.none')} />
      ) : (
        <>
          <Input.Search
            allowClear
            aria-label={t('campaigns.adj.search')}
            placeholder={t('campaigns.adj.searchPlaceholder')}
            style={{ maxWidth: 420 }}
            value={text}
            loading={searching && q !== ''}
            onChange={(e) => setText(e.target.value)}
          />
          <Typography.Text data-testid="adjudications-count">
            {q ? t('campaigns.adj.countFound', { n: num(found), total: num(all) }) : t('campaigns.adj.count', { n: num(all) })}
          </Typography.Text>
          {q && found === 0 && !list.isPlaceholderData ? <Empty description={t('campaigns.adj.noMatch')} /> : null}
          {items.map((a) => (
            <AdjudicationCard key={a.id} campaignId={c.id} a={a} />
          ))}
          {list.hasNextPage ? (
            <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t('campaigns.adj.more', { n: num(Math.min(ADJUDICATIONS_PAGE, found - items.length)) })}
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}

const known = (f: string): f is CampaignField => (ENTRY_FIELDS as readonly string[]).includes(f);

function AdjudicationCard({ campaignId, a }: { campaignId: string; a: AdjudicationView }) {
  const tx = useCampaignText();
  const { t } = tx;
  const { message } = App.useApp();
  const resolve = useResolveAdjudication();
  const [choices, setChoices] = useState<Choices>({});
  const left = unsettled(a, choices);
  const invalid =
    resolve.error && isApiError(resolve.error) && resolve.error.code === 'registry_entry_invalid' ? issuesOf(resolve.error.details) : null;
  const word = (i: { code: string; message: string }) => importIssueText(tx.locale, i);
  const placed = invalid ? placeIssues(invalid.errors, invalid.warnings, 'all', word) : null;
  const label = (f: Field) => (known(f.field) ? tx.field(f.field) : f.header);
  const shown = (cells: Record<string, string>, f: Field, normalised: string | null) => cells[f.field] ?? normalised ?? '—';
  const set = (field: string, c: Choice) => setChoices((s) => ({ ...s, [field]: c }));
  const title = t('campaigns.adj.record', { ref: a.recordRef ?? '—', unit: a.orgName });
  return (
    <Card title={title} data-testid={`adjudication-${a.recordRef ?? a.id}`}>
      <Typography.Paragraph type="secondary">
        {t('campaigns.adj.by', { first: a.first.enteredBy, second: a.second.enteredBy })}
      </Typography.Paragraph>
      {resolve.error && !invalid ? <ErrorAlert error={resolve.error} /> : null}
      {placed?.general.map((i, n) => (
        <Alert key={n} type="error" showIcon title={word(i)} style={{ marginBottom: 8 }} />
      ))}
      <Table<Field>
        size="small"
        rowKey="field"
        pagination={false}
        dataSource={a.fields}
        scroll={{ x: 820 }}
        onRow={(f) => (f.differs ? { style: { background: '#fff1f0' }, 'data-differs': 'true' } : {})}
        columns={[
          {
            title: t('campaigns.adj.field'),
            key: 'field',
            width: 190,
            render: (_, f) => (
              <Space size={4} wrap>
                <span>{label(f)}</span>
                {f.differs ? <Tag color="red">{t('campaigns.adj.differs')}</Tag> : null}
              </Space>
            ),
          },
          {
            title: t('campaigns.adj.first', { user: a.first.enteredBy }),
            key: 'first',
            render: (_, f) => shown(a.first.cells, f, f.first),
          },
          {
            title: t('campaigns.adj.second', { user: a.second.enteredBy }),
            key: 'second',
            render: (_, f) => shown(a.second.cells, f, f.second),
          },
          {
            title: t('campaigns.adj.choice'),
            key: 'choice',
            width: 340,
            render: (_, f) => {
              if (!f.differs) return <Typography.Text type="secondary">{t('campaigns.adj.same')}</Typography.Text>;
              const c = choices[f.field];
              const err = known(f.field) ? placed?.errors[f.field] : undefined;
              return (
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Radio.Group
                    aria-label={t('campaigns.adj.choiceFor', { field: label(f) })}
                    value={c?.kind}
                    onChange={(e) =>
                      set(
                        f.field,
                        e.target.value === 'custom'
                          ? { kind: 'custom', value: c?.kind === 'custom' ? c.value : (a.first.cells[f.field] ?? '') }
                          : { kind: e.target.value as 'first' | 'second' },
                      )
                    }
                    options={[
                      { value: 'first', label: t('campaigns.adj.takeFirst') },
                      { value: 'second', label: t('campaigns.adj.takeSecond') },
                      { value: 'custom', label: t('campaigns.adj.takeOther') },
                    ]}
                  />
                  {c?.kind === 'custom' ? (
                    <Input
                      aria-label={t('campaigns.adj.valueFor', { field: label(f) })}
                      value={c.value}
                      maxLength={1000}
                      status={err ? 'error' : undefined}
                      onChange={(e) => set(f.field, { kind: 'custom', value: e.target.value })}
                    />
                  ) : null}
                  {err ? <Typography.Text type="danger">{err.join(' ')}</Typography.Text> : null}
                </Space>
              );
            },
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button
          type="primary"
          disabled={left.length > 0}
          loading={resolve.isPending}
          onClick={() =>
            resolve.mutate(
              { id: campaignId, adjudicationId: a.id, body: { cells: resolveCells(a, choices) } },
              { onSuccess: () => void message.success(t('campaigns.adj.done', { ref: a.recordRef ?? '' })) },
            )
          }
        >
          {t('campaigns.adj.resolve')}
        </Button>
        {left.length ? <Typography.Text type="secondary">{t('campaigns.adj.left', { n: left.length })}</Typography.Text> : null}
      </Space>
    </Card>
  );
}
