import { Link, useParams, useSearchParams } from 'react-router';
import { Card, Descriptions, Space, Tag } from 'antd';
import { FullPageSpin } from '@/components/FullPageSpin';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useMovement } from '../api/get-movement';
import { KIND_LABEL } from '../components/text';
import { periodText } from '../components/period';
import { DocumentsCard } from '../components/DocumentsCard';
import { LevelRollUpCard } from '../components/LevelRollUpCard';
import { RegistrationForm } from '../components/RegistrationForm';
import { RegistrationsCard } from '../components/RegistrationsCard';
import { ReviewsCard } from '../components/ReviewsCard';

/**
 * One movement: what it is, the units it was cascaded to, its documents, the roll-up per level (`?cap=` the
 * organisation whose units directly below are counted; default the caller's), the registrations, the reviews.
 */
export default function MovementPage() {
  const { id } = useParams();
  const [sp, setSp] = useSearchParams();
  const level = sp.get('cap') ?? undefined;
  const q = useMovement(id, level);
  const mayRegister = useCan('movement.register');
  const { t, fmtDate } = useI18n();
  if (q.isPending) return <FullPageSpin label={t('movements.page.loading')} />;
  if (q.error || !q.data) return <NotFoundInline error={q.error} backTo={paths.movements} backLabel={t('movements.page.back')} />;
  const m = q.data;
  const kindLabel = KIND_LABEL(t);
  const text = (s: string | null) => (s ? <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span> : '—');
  return (
    <>
      <nav aria-label={t('movements.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.movements}>{t('movements.backToList')}</Link>
      </nav>
      <PageHeader title={m.title} subtitle={`${m.authorityLabel} · ${kindLabel[m.kind]}`} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('movements.field.authorityLabel')}>{m.authorityLabel}</Descriptions.Item>
            <Descriptions.Item label={t('movements.field.authority')}>{m.authority.name}</Descriptions.Item>
            <Descriptions.Item label={t('movements.field.kind')}>
              <Tag>{kindLabel[m.kind]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('movements.field.periodFull')}>{periodText(t, m.periodFrom, m.periodTo)}</Descriptions.Item>
            <Descriptions.Item label={t('movements.field.launchedOn')}>{fmtDate(m.launchedOn) || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('movements.field.targets')}>{m.targets.length ? m.targets.map((x) => x.name).join('; ') : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('movements.field.objectives')} span={2}>
              {text(m.objectives)}
            </Descriptions.Item>
            <Descriptions.Item label={t('movements.field.criteria')} span={2}>
              {text(m.criteria)}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <DocumentsCard movement={m} />
        <LevelRollUpCard
          rollUp={m.levelRollUp}
          chosen={Boolean(level)}
          onLevel={(l) => {
            const next = new URLSearchParams(sp);
            if (l) next.set('cap', l);
            else next.delete('cap');
            setSp(next);
          }}
        />
        <RegistrationsCard movement={m} />
        {mayRegister ? <RegistrationForm movementId={m.id} periodFrom={m.periodFrom} periodTo={m.periodTo} /> : null}
        <ReviewsCard movement={m} />
      </Space>
    </>
  );
}
