import { useCallback } from 'react';
import { Table, Typography } from 'antd';
import { useT } from '@/i18n';
import { fmtDateTime } from '@/lib/dates';
import type { MovementDocumentView } from '../api/get-movement';
import { movementDocumentHref, type MovementDocumentKind } from '../api/upload-document';

const KIND_KEY = {
  ke_hoach: 'movements.docs.kind.ke_hoach',
  huong_dan: 'movements.docs.kind.huong_dan',
  bao_cao_so_ket: 'movements.docs.kind.bao_cao_so_ket',
  bao_cao_tong_ket: 'movements.docs.kind.bao_cao_tong_ket',
  khac: 'movements.docs.kind.khac',
} as const satisfies Record<MovementDocumentKind, string>;

export function useDocumentKindLabel() {
  const t = useT();
  return useCallback((k: MovementDocumentKind) => t(KIND_KEY[k]), [t]);
}

/** Uploaded documents with their download link (checked by the server on every request) and SHA-256. */
export function DocumentsTable({ movementId, files }: { movementId: string; files: MovementDocumentView[] }) {
  const t = useT();
  const label = useDocumentKindLabel();
  return (
    <Table<MovementDocumentView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={files}
      locale={{ emptyText: t('movements.docs.empty') }}
      columns={[
        { title: t('movements.docs.kind'), key: 'kind', render: (_, d) => label(d.kind) },
        { title: t('movements.docs.name'), key: 'title', render: (_, d) => d.title ?? '—' },
        { title: t('movements.docs.file'), key: 'file', render: (_, d) => <a href={movementDocumentHref(movementId, d.id)}>{d.fileName}</a> },
        { title: t('movements.docs.uploadedBy'), dataIndex: 'uploadedBy' },
        { title: t('movements.docs.uploadedAt'), key: 'at', render: (_, d) => fmtDateTime(d.uploadedAt) },
        { title: t('movements.docs.sha'), key: 'sha', render: (_, d) => <Typography.Text code title={d.sha256}>{`${d.sha256.slice(0, 12)}…`}</Typography.Text> },
      ]}
    />
  );
}
