import { App, Button, Card, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { todayIso } from '@/lib/dates';
import type { ClusterDetailView } from '../api/get-cluster';
import { useRotation } from '../api/get-rotation';
import { useRecordElection } from '../api/record-election';
import { useClusterText } from './text';

/** The secretariat records the election; thidua proposes the rotation (members that have not led for longest). */
export function ElectionCard({ d, year }: { d: ClusterDetailView; year: number }) {
  const { t } = useClusterText();
  const { message } = App.useApp();
  const rot = useRotation(d.id, year);
  const rec = useRecordElection();
  if (rot.error) return <ErrorAlert error={rot.error} />;
  const r = rot.data;
  return (
    <Card title={t('clusters.election.title', { year })} loading={rot.isPending}>
      {r ? (
        <>
          <Typography.Paragraph>{t('clusters.election.proposal', { leader: r.leader?.name ?? '—', deputies: r.deputies.map((x) => x.name).join(', ') || '—' })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('clusters.election.order', { order: r.order.map((o) => `${o.organisation.name} (${o.lastLed ?? t('clusters.election.never')})`).join(' → ') })}
          </Typography.Paragraph>
          <Button
            disabled={!r.leader}
            loading={rec.isPending}
            onClick={() =>
              // A promise, not mutate's callbacks: this card unmounts once the year has a leader.
              void rec.mutateAsync({ id: d.id, year, leaderId: r.leader!.id, deputyIds: r.deputies.map((x) => x.id), electedOn: todayIso() }).then(
                () => void message.success(t('clusters.election.done')),
                (e: Error) => void message.error(e.message),
              )
            }
          >
            {t('clusters.election.record')}
          </Button>
        </>
      ) : null}
    </Card>
  );
}
