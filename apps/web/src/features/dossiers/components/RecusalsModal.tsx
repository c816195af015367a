import { useState } from 'react';
import { Alert, Checkbox, Input, Modal, Space, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/i18n';
import type { CouncilSessionView } from '../api/get-council-session';
import { useUpdateCouncilMember } from '../api/update-council-member';

type Member = CouncilSessionView['members'][number];

/**
 * A member's declared conflicts of interest (recusals): the nominees the member does not vote on, each with
 * its reason (it goes into the minutes). Saved as the member's whole set, before the first ballot.
 */
export function RecusalsModal({ session, member, onClose }: { session: CouncilSessionView; member: Member; onClose: () => void }) {
  const { t } = useI18n();
  const update = useUpdateCouncilMember();
  const [draft, setDraft] = useState<Record<string, { checked: boolean; reason: string }>>(() =>
    Object.fromEntries(session.agenda.map((a) => {
      const r = member.recusals.find((x) => x.itemId === a.id);
      return [a.id, { checked: !!r, reason: r?.reason ?? '' }];
    })),
  );
  const [missing, setMissing] = useState(false);
  const save = () => {
    const chosen = session.agenda.filter((a) => draft[a.id]?.checked);
    const recusals = chosen.map((a) => ({ itemId: a.id, reason: (draft[a.id]?.reason ?? '').trim().normalize('NFC') }));
    if (recusals.some((r) => !r.reason)) {
      setMissing(true);
      return;
    }
    update.mutate({ id: session.id, memberId: member.id, body: { recusals } }, { onSuccess: onClose });
  };
  return (
    <Modal
      open
      title={t('dossiers.session.recusalsTitle', { name: member.name })}
      okText={t('dossiers.session.recusalsSave')}
      cancelText={t('dossiers.cancel')}
      okButtonProps={{ loading: update.isPending }}
      onOk={save}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('dossiers.session.recusalsHint')}</Typography.Paragraph>
      {missing ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={t('dossiers.session.recusalReasonRequired')} /> : null}
      <ErrorAlert error={update.error} />
      <Space orientation="vertical" style={{ width: '100%' }}>
        {session.agenda.map((a) => {
          const d = draft[a.id] ?? { checked: false, reason: '' };
          return (
            <Space key={a.id} orientation="vertical" size={4} style={{ width: '100%' }}>
              <Checkbox
                checked={d.checked}
                aria-label={t('dossiers.session.recuseAria', { member: member.name, nominee: a.nominee })}
                onChange={(e) => {
                  setDraft({ ...draft, [a.id]: { ...d, checked: e.target.checked } });
                  setMissing(false);
                }}
              >
                {a.nominee}
              </Checkbox>
              {d.checked ? (
                <Input
                  aria-label={t('dossiers.session.recusalReasonAria', { nominee: a.nominee })}
                  placeholder={t('dossiers.session.recusalReason')}
                  maxLength={500}
                  value={d.reason}
                  status={missing && !d.reason.trim() ? 'error' : undefined}
                  onChange={(e) => {
                    setDraft({ ...draft, [a.id]: { ...d, reason: e.target.value } });
                    setMissing(false);
                  }}
                />
              ) : null}
            </Space>
          );
        })}
      </Space>
    </Modal>
  );
}
