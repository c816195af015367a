import { Card, Typography } from 'antd';
import { MOVEMENT_DOCUMENT_KINDS } from '@thidua/domain/clusters/movement';
import { useT } from '@/i18n';
import type { MovementDetailView } from '../api/get-movement';
import { DocumentUpload } from './DocumentUpload';
import { DocumentsTable } from './DocumentsTable';

/** The movement's documents: the launching plan, guidance, reports… uploaded by its manager; references cited at launch. */
export function DocumentsCard({ movement }: { movement: MovementDetailView }) {
  const t = useT();
  const refs = movement.documents.map((d) => String((d as { title?: unknown }).title ?? '')).filter(Boolean);
  return (
    <Card title={<h2 className="card-title">{t('movements.docs.title')}</h2>}>
      {refs.length ? <Typography.Paragraph>{t('movements.docs.references', { list: refs.join('; ') })}</Typography.Paragraph> : null}
      <DocumentsTable movementId={movement.id} files={movement.files} />
      {movement.abilities.manage ? <DocumentUpload movementId={movement.id} kinds={MOVEMENT_DOCUMENT_KINDS} /> : null}
    </Card>
  );
}
