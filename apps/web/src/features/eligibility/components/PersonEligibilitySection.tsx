import { useState } from 'react';
import { Alert, Card, Collapse, Empty, Flex, InputNumber, List, Skeleton, Space, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { awardNameIn } from '@/components/award-select';
import { useI18n } from '@/i18n';
import { usePersonEligibility, type PersonEligibilityResponse } from '../api/get-person-eligibility';
import { basisText, decreeText, groundText, unmetText } from './conditions';
import { lastYear, VerdictTag } from './labels';
import { PersonHistoryCard } from './PersonHistoryCard';
import { WhatIfPanel } from './WhatIfPanel';

type Item = PersonEligibilityResponse['items'][number];

function AwardDetail({ item }: { item: Item }) {
  const i18n = useI18n();
  const { t } = i18n;
  const r = item.result;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {r.verdict === 'eligible' ? (
        <Typography.Text>{t('elig.person.qualifies')}</Typography.Text>
      ) : r.unmet.length > 0 ? (
        <div>
          <Typography.Text strong>{t('elig.person.missing')}</Typography.Text>
          <List
            size="small"
            dataSource={r.unmet}
            renderItem={(c, i) => (
              <List.Item key={`${c.code}-${i}`}>
                <div>
                  <div>{unmetText(i18n, c)}</div>
                  <Space size={[6, 4]} wrap style={{ marginTop: 2 }}>
                    {c.earliestYear ? <Tag color="blue">{t('elig.person.earliest', { year: c.earliestYear })}</Tag> : null}
                    <Typography.Text type="secondary" className="small">
                      {basisText(i18n, c)}
                    </Typography.Text>
                  </Space>
                </div>
              </List.Item>
            )}
          />
        </div>
      ) : null}
      {r.toConfirm.length > 0 ? (
        <div>
          <Typography.Text strong>{t('elig.toConfirm', { n: r.toConfirm.length })}</Typography.Text>
          <ul className="plain-list small">
            {r.toConfirm.map((c, i) => (
              <li key={`${c.code}-${i}`}>
                {groundText(i18n, c)}{' '}
                <Typography.Text type="secondary" className="small">
                  ({basisText(i18n, c)})
                </Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Typography.Text type="secondary" className="small">
        {t('elig.ruleSetLine', { ruleSet: t(`elig.ruleSet.${r.ruleSet}` as never), decree: decreeText(i18n, r.decree) })}
      </Typography.Text>
    </Space>
  );
}

/**
 * "Điều kiện khen thưởng" on a person's page: what the person qualifies for in an achievement year (the
 * chain LĐTT → CSTĐ cơ sở → …), for the rest what is missing and from which year it could be met; the
 * stored history with forms to add to it (when the user may edit the person); and the what-if panel.
 */
export function PersonEligibilitySection({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const { t, fmtDate, locale } = useI18n();
  const [year, setYear] = useState<number>(lastYear());
  // The award's name in the user's language (a local award keeps the server's Vietnamese name).
  const name = (i: Item) => awardNameIn(locale, i.award, i.name);
  const overview = usePersonEligibility(personId, year);
  const items = overview.data?.items ?? [];
  const eligible = items.filter((i) => i.result.verdict === 'eligible');

  return (
    <section aria-labelledby="elig-person-title" data-testid="person-eligibility">
      <Card
        title={
          <h2 className="card-title" id="elig-person-title">
            {t('elig.person.title')}
          </h2>
        }
        extra={
          <Flex align="center" gap={8}>
            <label htmlFor="elig-person-year">{t('elig.person.year')}</label>
            <InputNumber
              id="elig-person-year"
              min={1990}
              max={2200}
              precision={0}
              value={year}
              onChange={(v) => v && v >= 1990 && setYear(v)}
              style={{ width: 96 }}
            />
          </Flex>
        }
        style={{ marginBottom: 16 }}
      >
        <ErrorAlert error={overview.error} />
        {overview.isPending ? (
          <Skeleton active />
        ) : (
          <>
            <Alert
              type={eligible.length > 0 ? 'success' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              title={
                eligible.length > 0
                  ? t('elig.person.qualifiesFor', { year, awards: eligible.map(name).join(', ') })
                  : t('elig.person.qualifiesNone', { year })
              }
              description={overview.data ? t('elig.person.asOf', { date: fmtDate(overview.data.asOf) }) : undefined}
            />
            {items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />
            ) : (
              <Collapse
                defaultActiveKey={items.slice(0, 2).map((i) => i.award)}
                items={items.map((i) => ({
                  key: i.award,
                  label: (
                    <Flex justify="space-between" gap={8} wrap="wrap" data-testid={`elig-award-${i.award}`}>
                      <span>{name(i)}</span>
                      <VerdictTag verdict={i.result.verdict} t={t} />
                    </Flex>
                  ),
                  children: <AwardDetail item={i} />,
                }))}
              />
            )}
          </>
        )}
      </Card>
      <PersonHistoryCard personId={personId} canEdit={canEdit} defaultYear={year} />
      <WhatIfPanel personId={personId} defaultYear={year} />
    </section>
  );
}
