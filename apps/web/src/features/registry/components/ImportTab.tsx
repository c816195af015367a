import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Progress, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n, type TKey } from '@/i18n';
import { importFailureText, importIssueText } from '@/lib/import-issue';
import { useCommitImport } from '../api/commit-import';
import { useImport } from '../api/get-import';
import { useUploadImport } from '../api/upload-import';

/** Bulk import: template, upload (preview first unless "write at once"), row errors and warnings, commit with progress. */
export function ImportTab() {
  const { t, fmtNumber, locale } = useI18n();
  const [commit, setCommit] = useState(false);
  const [id, setId] = useState<string | null>(null);
  const upload = useUploadImport();
  const doCommit = useCommitImport();
  const imp = useImport(id);
  const v = imp.data;
  const pct = v && v.counts.valid > 0 ? Math.round((100 * (v.counts.created + v.counts.existing)) / v.counts.valid) : 0;
  const n = (x: number) => fmtNumber(x);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card>
        <Typography.Paragraph type="secondary">{t('reg.import.help')}</Typography.Paragraph>
        <Space wrap>
          <Button href="/api/v1/registry/imports/template.xlsx">{t('reg.import.template')}</Button>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate({ file, commit }, { onSuccess: (r) => setId(r.id) });
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('reg.import.choose')}
            </Button>
          </Upload>
          <Checkbox checked={commit} onChange={(e) => setCommit(e.target.checked)}>
            {t('reg.import.commitNow')}
          </Checkbox>
        </Space>
      </Card>
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
      {imp.error ? <ErrorAlert error={imp.error} /> : null}
      {v ? (
        <Card title={`${v.fileName} — ${t(`reg.import.status.${v.status}` as TKey)}`} data-testid="import-result">
          <Typography.Paragraph>
            {t('reg.import.counts', { rows: n(v.counts.rows), valid: n(v.counts.valid), invalid: n(v.counts.invalid), created: n(v.counts.created), existing: n(v.counts.existing) })}
          </Typography.Paragraph>
          {v.status === 'committing' || v.status === 'committed' ? <Progress percent={v.status === 'committed' ? 100 : pct} /> : null}
          {v.failure ? <Alert type="error" showIcon message={importFailureText(locale, v.failure, v.errors)} /> : null}
          {doCommit.error ? <ErrorAlert error={doCommit.error} /> : null}
          {v.status === 'previewed' && v.counts.valid > 0 ? (
            <Button type="primary" loading={doCommit.isPending} onClick={() => doCommit.mutate(v.id)} style={{ marginBottom: 12 }}>
              {t('reg.import.commit', { n: n(v.counts.valid) })}
            </Button>
          ) : null}
          {v.errors.length > 0 ? (
            <Table
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.code}-${r.message}`}
              dataSource={v.errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              title={() => t('reg.import.errors', { n: n(v.errors.length) })}
              columns={[
                { title: t('reg.import.row'), dataIndex: 'row', width: 80 },
                { title: t('reg.import.column'), dataIndex: 'column' },
                { title: t('reg.import.code'), dataIndex: 'code' },
                { title: t('reg.import.message'), key: 'message', render: (_v, r) => importIssueText(locale, r) },
              ]}
            />
          ) : null}
          {v.warnings.length > 0 ? (
            <Table
              size="small"
              rowKey={(r) => `${r.row}-${r.column}-${r.code}-${r.message}`}
              dataSource={v.warnings}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              title={() => t('reg.import.warnings', { n: n(v.warnings.length) })}
              columns={[
                { title: t('reg.import.row'), dataIndex: 'row', width: 80 },
                { title: t('reg.import.column'), dataIndex: 'column' },
                { title: t('reg.import.message'), key: 'message', render: (_v, r) => importIssueText(locale, r) },
                { title: t('reg.import.original'), dataIndex: 'original' },
              ]}
            />
          ) : null}
        </Card>
      ) : null}
    </Space>
  );
}
