import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Space, Steps, Table, Typography } from 'antd';
import { CheckOutlined, DownloadOutlined, FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { importIssueText } from '@/lib/import-issue';
import { RATINGS_TEMPLATE_URL, useImportRatings, type RatingsImportReport } from '../api/import-ratings';

/**
 * "Nhập xếp loại": annual ratings from Excel. Download the template, upload the filled file to check it
 * (nothing is written), read the row errors, then write the valid rows.
 */
export default function RatingsImportPage() {
  const { t, fmtNumber, locale } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RatingsImportReport | null>(null);
  const [done, setDone] = useState<RatingsImportReport | null>(null);
  const imp = useImportRatings();

  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    setDone(null);
    imp.reset();
    if (f) imp.mutate({ file: f, dryRun: true }, { onSuccess: setPreview });
  };
  const step = done ? 3 : preview ? 2 : file ? 1 : 0;
  const report = done ?? preview;

  return (
    <>
      <PageHeader title={t('elig.import.title')} subtitle={t('elig.import.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          status={done ? 'finish' : 'process'}
          size="small"
          style={{ marginBottom: 16 }}
          items={[
            { title: t('elig.import.step1') },
            { title: t('elig.import.step2') },
            { title: t('elig.import.step3') },
            { title: t('elig.import.step4') },
          ]}
        />
        <Flex gap={8} wrap="wrap" align="center">
          <Button icon={<DownloadOutlined />} href={RATINGS_TEMPLATE_URL} download="mau-xep-loai.xlsx">
            {t('elig.import.template')}
          </Button>
          <input
            ref={input}
            id="ratings-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            aria-label={t('elig.import.chooseFile')}
            onChange={(e) => {
              choose(e.target.files?.[0] ?? null);
              e.target.value = '';
            }}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => input.current?.click()}
            loading={imp.isPending && imp.variables?.dryRun}
          >
            {t('elig.import.chooseFile')}
          </Button>
          {file ? (
            <Typography.Text>{file.name}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('elig.import.columns')}</Typography.Text>
          )}
        </Flex>
      </Card>

      <ErrorAlert error={imp.error} />

      {report ? (
        <Card
          title={
            <h2 className="card-title">
              {done ? <CheckOutlined aria-hidden /> : <FileSearchOutlined aria-hidden />}{' '}
              {done ? t('elig.import.doneTitle') : t('elig.import.previewTitle')}
            </h2>
          }
          data-testid="ratings-import-report"
        >
          <div aria-live="polite">
            {done ? (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('elig.import.written', { n: fmtNumber(done.written) })}
              />
            ) : (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('elig.import.dryRunNote')} />
            )}
          </div>
          <Descriptions size="small" bordered column={{ xs: 2, md: 4 }} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('elig.import.rows')}>{fmtNumber(report.rows)}</Descriptions.Item>
            <Descriptions.Item label={t('elig.import.valid')}>{fmtNumber(report.valid)}</Descriptions.Item>
            <Descriptions.Item label={t('elig.import.invalid')}>
              <Typography.Text type={report.invalid > 0 ? 'danger' : undefined}>{fmtNumber(report.invalid)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('elig.import.writtenLabel')}>{fmtNumber(report.written)}</Descriptions.Item>
          </Descriptions>
          <Table
            rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.code}`}
            size="small"
            dataSource={report.errors}
            caption={<span className="small">{t('elig.import.errors', { n: fmtNumber(report.errors.length) })}</span>}
            locale={{ emptyText: t('elig.import.noErrors') }}
            pagination={report.errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            columns={[
              { title: t('elig.import.row'), dataIndex: 'row', width: 70 },
              { title: t('elig.import.column'), dataIndex: 'column', width: 140, render: (c?: string) => c ?? '—' },
              { title: t('elig.import.message'), key: 'message', render: (_v, e) => importIssueText(locale, e) },
            ]}
          />
          {!done && file ? (
            <Space style={{ marginTop: 12 }} wrap>
              <Button
                type="primary"
                disabled={report.valid === 0}
                loading={imp.isPending && imp.variables?.dryRun === false}
                onClick={() => imp.mutate({ file, dryRun: false }, { onSuccess: setDone })}
              >
                {t('elig.import.commit', { n: fmtNumber(report.valid) })}
              </Button>
              <Button onClick={() => choose(null)}>{t('common.cancel')}</Button>
            </Space>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
