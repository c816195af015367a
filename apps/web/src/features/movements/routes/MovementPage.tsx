import { Link, useParams, useSearchParams } from 'react-router';
import { Card, Descriptions, Space, Tag } from 'antd';
import { FullPageSpin } from '@/components/FullPageSpin';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
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
  if (q.isPending) return <FullPageSpin label="Đang tải phong trào…" />;
  if (q.error || !q.data) return <NotFoundInline error={q.error} backTo={paths.movements} backLabel="Về danh sách phong trào" />;
  const m = q.data;
  const text = (s: string | null) => (s ? <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span> : '—');
  return (
    <>
      <nav aria-label="Đường dẫn" className="org-breadcrumb">
        <Link to={paths.movements}>← Về danh sách phong trào</Link>
      </nav>
      <PageHeader title={m.title} subtitle={`${m.authorityLabel} · ${KIND_LABEL[m.kind]}`} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label="Cấp phát động">{m.authorityLabel}</Descriptions.Item>
            <Descriptions.Item label="Cơ quan, đơn vị">{m.authority.name}</Descriptions.Item>
            <Descriptions.Item label="Hình thức">
              <Tag>{KIND_LABEL[m.kind]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="Thời gian thực hiện">{periodText(m.periodFrom, m.periodTo)}</Descriptions.Item>
            <Descriptions.Item label="Ngày phát động">{fmtDate(m.launchedOn) || '—'}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị hưởng ứng">{m.targets.length ? m.targets.map((t) => t.name).join('; ') : '—'}</Descriptions.Item>
            <Descriptions.Item label="Mục tiêu" span={2}>
              {text(m.objectives)}
            </Descriptions.Item>
            <Descriptions.Item label="Nội dung, tiêu chí" span={2}>
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
        {mayRegister ? <RegistrationForm movementId={m.id} /> : null}
        <ReviewsCard movement={m} />
      </Space>
    </>
  );
}
