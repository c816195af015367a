import { useState } from 'react';
import { Alert, Button, Input, Select, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useT } from '@/i18n';
import { useUploadMovementDocument, type MovementDocumentKind } from '../api/upload-document';
import { useDocumentKindLabel } from './DocumentsTable';

/** Choose the kind, optionally name the document, pick the file: it is sent at once (content-checked by the server). */
export function DocumentUpload({ movementId, reviewId, kinds, kindLabel, buttonLabel }: { movementId: string; reviewId?: string; kinds: readonly MovementDocumentKind[]; kindLabel?: string; buttonLabel?: string }) {
  const t = useT();
  const label = useDocumentKindLabel();
  const upload = useUploadMovementDocument();
  const [kind, setKind] = useState<MovementDocumentKind>(kinds[0]!);
  const [title, setTitle] = useState('');
  const [done, setDone] = useState<string | null>(null);
  return (
    <div role="group" aria-label={buttonLabel ?? t('movements.docs.upload')} style={{ marginTop: 12 }}>
      <Space wrap>
        <Select<MovementDocumentKind> aria-label={kindLabel ?? t('movements.docs.kind')} value={kind} onChange={setKind} style={{ minWidth: 200 }} options={kinds.map((k) => ({ value: k, label: label(k) }))} />
        <Input aria-label={t('movements.docs.docTitle')} placeholder={t('movements.docs.docTitle')} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} style={{ minWidth: 280 }} />
        <Upload
          accept=".pdf,.docx,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            setDone(null);
            const name = title.trim().normalize('NFC');
            upload.mutate(
              { movementId, ...(reviewId ? { reviewId } : {}), kind, ...(name ? { title: name } : {}), file },
              {
                onSuccess: (d) => {
                  setDone(d.fileName);
                  setTitle('');
                },
              },
            );
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} aria-label={buttonLabel ?? t('movements.docs.upload')}>
            {t('movements.docs.upload')}
          </Button>
        </Upload>
      </Space>
      <div role="status" aria-live="polite">
        {done ? <Alert type="success" showIcon style={{ marginTop: 8 }} title={t('movements.docs.uploaded', { name: done })} /> : null}
      </div>
      <div style={{ marginTop: 8 }}>
        <ErrorAlert error={upload.error} />
      </div>
    </div>
  );
}
