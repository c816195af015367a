import { Alert, Flex, Progress, Typography } from 'antd';
import { useI18n } from '@/i18n';
import type { QuotaResponse } from '../api/get-quota';

/**
 * The CSTĐ cơ sở cap of a unit (RULES.md §5): already decided + ticked now, against the maximum. Red
 * when the cap is reached; `max: null` means no cap (Law 2022).
 */
export function QuotaMeter({ quota, selected }: { quota: QuotaResponse; selected: number }) {
  const { t, fmtNumber } = useI18n();
  const total = quota.used + selected;
  if (quota.max === null) {
    return (
      <div data-testid="quota-meter" data-over="false">
        <Typography.Text strong>{t('elig.unit.quota')}: </Typography.Text>
        <Typography.Text>{t('elig.unit.noCap')}</Typography.Text>
        <div className="small">
          {t('elig.unit.quotaCounts', { used: fmtNumber(quota.used), selected: fmtNumber(selected), ldtt: fmtNumber(quota.ldttHolders) })}
        </div>
      </div>
    );
  }
  const full = total >= quota.max;
  const over = total > quota.max;
  const pct = quota.max === 0 ? 100 : Math.min(100, (total / quota.max) * 100);
  return (
    <div data-testid="quota-meter" data-over={String(full)}>
      <Flex justify="space-between" wrap="wrap" gap={8}>
        <Typography.Text strong id="quota-label">
          {t('elig.unit.quota')}
        </Typography.Text>
        <Typography.Text type={full ? 'danger' : undefined} strong>
          {t('elig.unit.quotaOf', { n: fmtNumber(total), max: fmtNumber(quota.max) })}
        </Typography.Text>
      </Flex>
      <div role="meter" aria-labelledby="quota-label" aria-valuenow={total} aria-valuemin={0} aria-valuemax={quota.max}>
        <Progress percent={pct} showInfo={false} status={full ? 'exception' : 'normal'} strokeColor={full ? '#cf1322' : undefined} />
      </div>
      <div className="small">
        {t('elig.unit.capLine', {
          percent: fmtNumber(quota.capPercent ?? 0),
          ldtt: fmtNumber(quota.ldttHolders),
          max: fmtNumber(quota.max),
        })}{' '}
        {t('elig.unit.quotaCounts', { used: fmtNumber(quota.used), selected: fmtNumber(selected), ldtt: fmtNumber(quota.ldttHolders) })}
      </div>
      {full ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          title={over ? t('elig.unit.overCap', { n: fmtNumber(total - quota.max) }) : t('elig.unit.atCap')}
        />
      ) : null}
    </div>
  );
}
