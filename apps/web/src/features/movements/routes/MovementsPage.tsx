import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useT } from '@/i18n';
import { PageHeader } from '@/components/PageHeader';
import { fmtDate } from '@/lib/dates';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useMovements, type MovementView } from '../api/list-movements';
import { KIND_LABEL } from '../components/text';
import { periodText } from '../components/period';

const PAGE = 20;

/** The emulation movements (phong trào thi đua) that concern the caller, optionally those running in a year; launch for the board, the queue for reviewers. */
export default function MovementsPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const list = useMovements({ ...(year ? { year } : {}), limit: PAGE, offset: (page - 1) * PAGE });
  const t = useT();
  const kindLabel = KIND_LABEL(t);
  const mayLaunch = useCan('movement.manage');
  const mayReview = useCan('movement.review');
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  return (
    <>
      <PageHeader
        title={t('movements.list.title')}
        subtitle={t('movements.list.subtitle')}
        extra={
          mayLaunch || mayReview ? (
            <Space wrap>
              {mayReview ? (
                <Button icon={<CheckSquareOutlined />} onClick={() => void navigate(paths.movementQueue)}>
                  {t('movements.list.queue')}
                </Button>
              ) : null}
              {mayLaunch ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(paths.movementNew)}>
                  {t('movements.list.launch')}
                </Button>
              ) : null}
            </Space>
          ) : undefined
        }
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Select<number | 'all'>
            aria-label={t('movements.list.year')}
            style={{ width: 200 }}
            value={year ?? 'all'}
            onChange={(v) => {
              setYear(v === 'all' ? undefined : v);
              setPage(1);
            }}
            options={[{ value: 'all' as const, label: t('movements.list.allYears') }, ...years.map((y) => ({ value: y, label: t('movements.list.runningIn', { year: String(y) }) }))]}
          />
        </Space>
        <ErrorAlert error={list.error} />
        <Table<MovementView>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          size="small"
          pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('movements.list.empty') }}
          columns={[
            { title: t('movements.field.title'), key: 'title', render: (_, m) => <Link to={paths.movement(m.id)}>{m.title}</Link> },
            { title: t('movements.field.authorityLabel'), dataIndex: 'authorityLabel' },
            { title: t('movements.field.kind'), key: 'kind', render: (_, m) => <Tag>{kindLabel[m.kind]}</Tag> },
            { title: t('movements.field.period'), key: 'period', render: (_, m) => periodText(t, m.periodFrom, m.periodTo) },
            { title: t('movements.field.launchedOn'), key: 'launchedOn', render: (_, m) => fmtDate(m.launchedOn) || '—' },
          ]}
        />
      </Card>
    </>
  );
}
