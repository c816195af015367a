import { useMemo, useState } from 'react';
import { Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useAwards } from '@/components/award-select';
import { useCan } from '@/lib/session';
import type { MovementDetailView, RegistrationView } from '../api/get-movement';
import { useTransitionRegistration, type RegistrationAction } from '../api/transition-registration';
import { REGISTRATION_STATE } from './text';

/** The registrations, their roll-up by state and by title, and the approve / return / resubmit actions. */
export function RegistrationsCard({ movement }: { movement: MovementDetailView }) {
  const awards = useAwards();
  const mayReview = useCan('movement.review');
  const mayRegister = useCan('movement.register');
  const act = useTransitionRegistration();
  const [returning, setReturning] = useState<RegistrationView | null>(null);
  const [note, setNote] = useState('');
  const awardName = useMemo(() => {
    const names = new Map((awards.data?.items ?? []).map((a) => [a.code, a.name]));
    return (code: string) => names.get(code) ?? code;
  }, [awards.data]);
  const run = (r: RegistrationView, action: RegistrationAction, why?: string) =>
    act.mutate({ movementId: movement.id, id: r.id, action, ...(why ? { note: why } : {}) }, { onSuccess: () => setReturning(null) });
  const { byState, byTitle } = movement.rollUp;
  return (
    <Card title={<h2 className="card-title">Bản đăng ký thi đua ({movement.registrations.length})</h2>}>
      <Space wrap style={{ marginBottom: 12 }} aria-label="Tổng hợp đăng ký">
        {(Object.keys(REGISTRATION_STATE) as RegistrationView['state'][]).map((s) => (
          <Tag key={s} color={REGISTRATION_STATE[s].color}>{`${REGISTRATION_STATE[s].text}: ${byState[s] ?? 0}`}</Tag>
        ))}
        {Object.entries(byTitle).map(([code, n]) => (
          <Tag key={code}>{`${awardName(code)}: ${n}`}</Tag>
        ))}
      </Space>
      <ErrorAlert error={act.error} />
      <Table<RegistrationView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={movement.registrations}
        locale={{ emptyText: 'Chưa có bản đăng ký nào.' }}
        columns={[
          { title: 'Đơn vị', key: 'org', render: (_, r) => r.organisation.name },
          { title: 'Cá nhân', key: 'person', render: (_, r) => r.personName ?? <Typography.Text type="secondary">Tập thể</Typography.Text> },
          { title: 'Danh hiệu đăng ký', key: 'titles', render: (_, r) => r.titles.map(awardName).join('; ') },
          { title: 'Trạng thái', key: 'state', render: (_, r) => <Tag color={REGISTRATION_STATE[r.state].color}>{REGISTRATION_STATE[r.state].text}</Tag> },
          { title: 'Ghi chú', key: 'note', render: (_, r) => r.note ?? '' },
          {
            title: 'Thao tác',
            key: 'actions',
            render: (_, r) => (
              <Space>
                {mayReview && r.state === 'submitted' ? (
                  <>
                    <Button size="small" type="primary" loading={act.isPending} aria-label={`Duyệt đăng ký của ${r.personName ?? r.organisation.name}`} onClick={() => run(r, 'approve')}>
                      Duyệt
                    </Button>
                    <Button size="small" aria-label={`Trả lại đăng ký của ${r.personName ?? r.organisation.name}`} onClick={() => { setNote(''); setReturning(r); }}>
                      Trả lại
                    </Button>
                  </>
                ) : null}
                {mayRegister && r.state === 'returned' ? (
                  <Button size="small" loading={act.isPending} aria-label={`Gửi lại đăng ký của ${r.personName ?? r.organisation.name}`} onClick={() => run(r, 'resubmit')}>
                    Gửi lại
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={returning !== null}
        title="Trả lại bản đăng ký"
        okText="Trả lại"
        cancelText="Không"
        okButtonProps={{ disabled: !note.trim(), loading: act.isPending }}
        onOk={() => returning && run(returning, 'return', note.trim().normalize('NFC'))}
        onCancel={() => setReturning(null)}
      >
        <Typography.Paragraph>{returning ? `${returning.personName ?? returning.organisation.name}: ${returning.titles.map(awardName).join('; ')}` : ''}</Typography.Paragraph>
        <Input.TextArea aria-label="Lý do trả lại" rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </Card>
  );
}
