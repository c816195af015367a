import { useEffect, useState } from 'react';
import { Input, Modal, Typography } from 'antd';
import { useT } from '@/i18n';

/** Asks the reason for returning a registration (required by the server), then calls `onReturn`. */
export function ReturnDialog({ open, summary, pending, onReturn, onCancel }: { open: boolean; summary: string; pending: boolean; onReturn: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  useEffect(() => {
    if (open) setNote('');
  }, [open]);
  return (
    <Modal
      open={open}
      title={t('movements.return.title')}
      okText={t('movements.return.ok')}
      cancelText={t('movements.return.cancel')}
      okButtonProps={{ disabled: !note.trim(), loading: pending }}
      onOk={() => onReturn(note.trim().normalize('NFC'))}
      onCancel={onCancel}
    >
      <Typography.Paragraph>{summary}</Typography.Paragraph>
      <Input.TextArea aria-label={t('movements.return.reason')} rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
    </Modal>
  );
}
