import { useState } from 'react';
import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n, type TKey } from '@/i18n';
import { useDuplicates, useMergeDuplicate, useNotDuplicate, useUndoMerge, type Duplicate } from '../api/duplicates';

const PAGE = 20;

/** The de-duplication queue: candidate pairs with score and reasons; merge (undoable) or "not the same person". */
export function DuplicatesTab() {
  const { t, fmtNumber } = useI18n();
  const [page, setPage] = useState(1);
  const list = useDuplicates({ limit: PAGE, offset: (page - 1) * PAGE });
  const merge = useMergeDuplicate();
  const undo = useUndoMerge();
  const notDup = useNotDuplicate();
  const [lastMerge, setLastMerge] = useState<{ id: string; moved: number } | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const error = list.error ?? merge.error ?? undo.error ?? notDup.error;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {lastMerge ? (
        <Alert
          type="success"
          showIcon
          message={t('reg.dup.merged', { n: fmtNumber(lastMerge.moved) })}
          action={
            <Button
              size="small"
              loading={undo.isPending}
              onClick={() =>
                undo.mutate(lastMerge.id, {
                  onSuccess: () => {
                    setLastMerge(null);
                    setInfo(t('reg.dup.undone'));
                  },
                })
              }
            >
              {t('reg.dup.undo')}
            </Button>
          }
        />
      ) : null}
      {info ? <Alert type="info" showIcon message={info} closable onClose={() => setInfo(null)} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Table<Duplicate>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('reg.dup.empty')} /> }}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { title: t('reg.dup.score'), dataIndex: 'score', width: 70 },
          { title: t('reg.dup.reasons'), dataIndex: 'reasons', render: (r: string[]) => r.map((x) => <Tag key={x}>{t(`reg.dup.reason.${x}` as TKey)}</Tag>) },
          {
            title: t('reg.dup.people'),
            render: (_, d) => (
              <Space direction="vertical">
                {d.people.map((p) => (
                  <Space key={p.id} wrap>
                    <span>{t('reg.dup.person', { name: p.fullName, birthYear: p.birthYear ?? '—', hometown: p.hometown ?? '—', entries: fmtNumber(p.entries) })}</span>
                    {p.citizenIdMasked ? <Typography.Text type="secondary">{p.citizenIdMasked}</Typography.Text> : null}
                    <Button
                      size="small"
                      loading={merge.isPending}
                      onClick={() =>
                        merge.mutate(
                          { id: d.id, keepPersonId: p.id },
                          {
                            onSuccess: (m) => {
                              setInfo(null);
                              setLastMerge({ id: m.id, moved: m.movedEntryIds.length });
                            },
                          },
                        )
                      }
                    >
                      {t('reg.dup.keep')}
                    </Button>
                  </Space>
                ))}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, d) => (
              <Button
                loading={notDup.isPending}
                onClick={() =>
                  notDup.mutate(d.id, {
                    onSuccess: () => {
                      setLastMerge(null);
                      setInfo(t('reg.dup.marked'));
                    },
                  })
                }
              >
                {t('reg.dup.notSame')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
