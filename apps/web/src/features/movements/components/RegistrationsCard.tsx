import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useT } from '@/i18n';
import type { MovementDetailView, RegistrationView } from '../api/get-movement';
import { useTransitionRegistration, type RegistrationAction } from '../api/transition-registration';
import { useAwardName } from '@/components/award-select';
import { ReturnDialog } from './ReturnDialog';
import { REGISTRATION_STATE, REGISTRATION_STATES } from './text';

/**
 * The registrations the caller may see, their roll-up by state and by title, the level that reviews each,
 * and the actions the server says the caller may take (approve / return at the reviewing level, resubmit
 * for the unit).
 */
export function RegistrationsCard({ movement }: { movement: MovementDetailView }) {
  const t = useT();
  const awardName = useAwardName();
  const act = useTransitionRegistration();
  const [returning, setReturning] = useState<RegistrationView | null>(null);
  const run = (r: RegistrationView, action: RegistrationAction, why?: string) =>
    act.mutate({ movementId: movement.id, id: r.id, action, ...(why ? { note: why } : {}) }, { onSuccess: () => setReturning(null) });
  const { byState, byTitle } = movement.rollUp;
  const who = (r: RegistrationView) => r.personName ?? r.organisation.name;
  const state = REGISTRATION_STATE(t);
  return (
    <Card title={<h2 className="card-title">{t('movements.reg.title', { count: movement.registrations.length })}</h2>}>
      <Space wrap style={{ marginBottom: 12 }} aria-label={t('movements.reg.summary')}>
        {REGISTRATION_STATES.map((s) => (
          <Tag key={s} color={state[s].color}>{`${state[s].text}: ${byState[s] ?? 0}`}</Tag>
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
        locale={{ emptyText: t('movements.reg.empty') }}
        columns={[
          { title: t('movements.reg.unit'), key: 'org', render: (_, r) => r.organisation.name },
          { title: t('movements.reg.person'), key: 'person', render: (_, r) => r.personName ?? <Typography.Text type="secondary">{t('movements.reg.collective')}</Typography.Text> },
          { title: t('movements.reg.year'), key: 'year', render: (_, r) => r.year },
          { title: t('movements.reg.titles'), key: 'titles', render: (_, r) => r.titles.map((c) => awardName(c)).join('; ') },
          { title: t('movements.reg.state'), key: 'state', render: (_, r) => <Tag color={state[r.state].color}>{state[r.state].text}</Tag> },
          { title: t('movements.reg.level'), key: 'level', render: (_, r) => r.reviewOrganisation?.name ?? '—' },
          { title: t('movements.reg.note'), key: 'note', render: (_, r) => r.note ?? '' },
          {
            title: t('movements.reg.actions'),
            key: 'actions',
            render: (_, r) => (
              <Space>
                {r.abilities.approve ? (
                  <Button size="small" type="primary" loading={act.isPending} aria-label={t('movements.reg.approveAria', { name: who(r) })} onClick={() => run(r, 'approve')}>
                    {t('movements.reg.approve')}
                  </Button>
                ) : null}
                {r.abilities.return ? (
                  <Button size="small" aria-label={t('movements.reg.returnAria', { name: who(r) })} onClick={() => setReturning(r)}>
                    {t('movements.reg.return')}
                  </Button>
                ) : null}
                {r.abilities.resubmit ? (
                  <Button size="small" loading={act.isPending} aria-label={t('movements.reg.resubmitAria', { name: who(r) })} onClick={() => run(r, 'resubmit')}>
                    {t('movements.reg.resubmit')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <ReturnDialog
        open={returning !== null}
        summary={returning ? `${who(returning)}: ${returning.titles.map((c) => awardName(c)).join('; ')}` : ''}
        pending={act.isPending}
        onReturn={(why) => returning && run(returning, 'return', why)}
        onCancel={() => setReturning(null)}
      />
    </Card>
  );
}
