import { Link } from 'react-router';
import { Typography } from 'antd';
import { paths } from '@/lib/paths';
import { useOrganisationBrief } from './get-organisation-brief';

/** The name of the organisation `id`, linked to its unit page. */
export function OrganisationName({ id, link = true }: { id: string | null | undefined; link?: boolean }) {
  const q = useOrganisationBrief(id);
  if (!id) return <Typography.Text type="secondary">—</Typography.Text>;
  if (q.isPending) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!q.data) return <Typography.Text type="secondary">{id.slice(0, 8)}</Typography.Text>;
  return link ? <Link to={paths.organisation(q.data.id)}>{q.data.name}</Link> : <>{q.data.name}</>;
}
