import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useRegistryEntry, type EntryCorrectionView } from '../api/get-entry';
import { correctionFieldKey } from './corrections';

/** "Đính chính": what correction decisions changed on this entry, oldest first; nothing when it was never corrected. */
export function EntryCorrections({ entryId }: { entryId: string }) {
  const { t, fmtDate } = useI18n();
  const detail = useRegistryEntry(entryId);
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const items = detail.data?.corrections ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-label={t('reg.corr.title')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('reg.corr.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('reg.corr.help')}</Typography.Paragraph>
      <Table<EntryCorrectionView>
        size="small"
        pagination={false}
        rowKey={(c) => `${c.decisionId}:${c.field}:${c.at}`}
        dataSource={items}
        scroll={{ x: true }}
        columns={[
          {
            title: t('reg.corr.field'),
            dataIndex: 'field',
            render: (f: string) => {
              const k = correctionFieldKey(f);
              return k ? t(k) : f;
            },
          },
          { title: t('reg.corr.before'), dataIndex: 'before', render: (v: string | null) => v ?? '—' },
          { title: t('reg.corr.after'), dataIndex: 'after', render: (v: string | null) => v ?? '—' },
          {
            title: t('reg.corr.decision'),
            key: 'decision',
            render: (_: unknown, c) => <Link to={paths.decision(c.decisionId)}>{t('reg.corr.decisionValue', { number: c.decisionNumber ?? '—', date: fmtDate(c.decisionDate) || '—' })}</Link>,
          },
        ]}
      />
    </section>
  );
}
