import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import type { ClusterCriterionInput } from '@thidua/contracts';
import { useI18n } from '@/i18n';
import { blankCriterion, blankGroup, draftFrom, draftProblems, draftToCriteria, move, problemField, problemMessage, type CriterionKind, type DraftCriterion, type DraftGroup } from './scoring-table';

const KINDS: CriterionKind[] = ['criterion', 'bonus', 'penalty'];

/**
 * The scoring table (bảng điểm) the secretariat fixes when it opens a round: groups of criteria, each
 * with a code, title, kind, maximum, mandatory and evidence-required flags; rows added, removed and
 * reordered; checked by the domain's checkScoringTable before it can be submitted.
 */
export function ScoringTableBuilder({
  initial,
  submitting,
  onSubmit,
}: {
  initial: readonly z.input<typeof ClusterCriterionInput>[];
  submitting?: boolean;
  onSubmit: (criteria: z.input<typeof ClusterCriterionInput>[]) => void;
}) {
  const { t, fmtNumber } = useI18n();
  const [groups, setGroups] = useState<DraftGroup[]>(() => draftFrom(initial));
  const [tried, setTried] = useState(false);
  const problems = useMemo(() => draftProblems(groups), [groups]);
  const bad = useMemo(() => new Set(problems.map(problemField).filter((x): x is string => x !== null)), [problems]);
  const status = (f: string) => (tried && bad.has(f) ? ('error' as const) : undefined);
  const total = groups.reduce((n, g) => n + g.criteria.filter((c) => c.kind === 'criterion').reduce((s, c) => s + (c.maxPoints ?? 0), 0), 0);

  const setGroup = (gi: number, f: (g: DraftGroup) => DraftGroup) => setGroups((gs) => gs.map((g, i) => (i === gi ? f(g) : g)));
  const setCrit = (gi: number, ci: number, patch: Partial<DraftCriterion>) =>
    setGroup(gi, (g) => ({ ...g, criteria: g.criteria.map((c, i) => (i === ci ? { ...c, ...patch, ...(patch.kind && patch.kind !== 'criterion' ? { mandatory: false } : {}) } : c)) }));

  const submit = () => {
    setTried(true);
    if (problems.length) return;
    onSubmit(draftToCriteria(groups));
  };

  return (
    <Card title={<h2 className="card-title">{t('clusters.table.title')}</h2>} data-testid="scoring-table-builder">
      <Typography.Paragraph type="secondary">{t('clusters.table.help')}</Typography.Paragraph>
      {groups.map((g, gi) => {
        const gl = { group: gi + 1 };
        return (
          <Card
            key={g.key}
            size="small"
            style={{ marginBottom: 12 }}
            role="group"
            aria-label={t('clusters.table.groupN', gl)}
            title={
              <Space wrap>
                <Typography.Text strong>{t('clusters.table.groupN', gl)}</Typography.Text>
                <Input
                  aria-label={t('clusters.table.groupName', gl)}
                  placeholder={t('clusters.table.groupNamePlaceholder')}
                  status={status(`g${gi}.name`)}
                  value={g.name}
                  maxLength={300}
                  style={{ width: 420 }}
                  onChange={(e) => setGroup(gi, (x) => ({ ...x, name: e.target.value }))}
                />
              </Space>
            }
            extra={
              <Space>
                <Tooltip title={t('clusters.table.moveUp')}>
                  <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('clusters.table.moveGroupUp', gl)} disabled={gi === 0} onClick={() => setGroups((gs) => move(gs, gi, -1))} />
                </Tooltip>
                <Tooltip title={t('clusters.table.moveDown')}>
                  <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('clusters.table.moveGroupDown', gl)} disabled={gi === groups.length - 1} onClick={() => setGroups((gs) => move(gs, gi, 1))} />
                </Tooltip>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('clusters.table.removeGroup', gl)} onClick={() => setGroups((gs) => gs.filter((_, i) => i !== gi))} />
              </Space>
            }
          >
            <Table<DraftCriterion>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={g.criteria}
              scroll={{ x: true }}
              columns={[
                {
                  title: t('clusters.table.code'),
                  key: 'code',
                  width: 110,
                  render: (_, c, ci) => (
                    <Input aria-label={t('clusters.table.codeOf', { ...gl, row: ci + 1 })} status={status(`g${gi}.c${ci}.code`)} value={c.code} maxLength={40} onChange={(e) => setCrit(gi, ci, { code: e.target.value })} />
                  ),
                },
                {
                  title: t('clusters.table.criterionTitle'),
                  key: 'title',
                  render: (_, c, ci) => (
                    <Input.TextArea
                      aria-label={t('clusters.table.titleOf', { ...gl, row: ci + 1 })}
                      status={status(`g${gi}.c${ci}.title`)}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      value={c.title}
                      maxLength={1000}
                      style={{ minWidth: 280 }}
                      onChange={(e) => setCrit(gi, ci, { title: e.target.value })}
                    />
                  ),
                },
                {
                  title: t('clusters.table.kind'),
                  key: 'kind',
                  width: 150,
                  render: (_, c, ci) => (
                    <Select<CriterionKind>
                      aria-label={t('clusters.table.kindOf', { ...gl, row: ci + 1 })}
                      value={c.kind}
                      style={{ width: 140 }}
                      options={KINDS.map((k) => ({ value: k, label: t(`clusters.kind.${k}`) }))}
                      onChange={(kind) => setCrit(gi, ci, { kind })}
                    />
                  ),
                },
                {
                  title: t('clusters.table.max'),
                  key: 'max',
                  width: 120,
                  render: (_, c, ci) => (
                    <InputNumber<number>
                      aria-label={t('clusters.table.maxOf', { ...gl, row: ci + 1 })}
                      status={status(`g${gi}.c${ci}.max`)}
                      min={0}
                      max={10_000}
                      step={1}
                      decimalSeparator=","
                      value={c.maxPoints}
                      onChange={(v) => setCrit(gi, ci, { maxPoints: v })}
                    />
                  ),
                },
                {
                  title: t('clusters.table.mandatory'),
                  key: 'mandatory',
                  width: 100,
                  render: (_, c, ci) => (
                    <Checkbox aria-label={t('clusters.table.mandatoryOf', { ...gl, row: ci + 1 })} disabled={c.kind !== 'criterion'} checked={c.mandatory} onChange={(e) => setCrit(gi, ci, { mandatory: e.target.checked })} />
                  ),
                },
                {
                  title: t('clusters.table.evidence'),
                  key: 'evidence',
                  width: 110,
                  render: (_, c, ci) => <Checkbox aria-label={t('clusters.table.evidenceOf', { ...gl, row: ci + 1 })} checked={c.evidenceRequired} onChange={(e) => setCrit(gi, ci, { evidenceRequired: e.target.checked })} />,
                },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 130,
                  render: (_, _c, ci) => {
                    const rl = { ...gl, row: ci + 1 };
                    return (
                      <Space size={4}>
                        <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('clusters.table.moveRowUp', rl)} disabled={ci === 0} onClick={() => setGroup(gi, (x) => ({ ...x, criteria: move(x.criteria, ci, -1) }))} />
                        <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('clusters.table.moveRowDown', rl)} disabled={ci === g.criteria.length - 1} onClick={() => setGroup(gi, (x) => ({ ...x, criteria: move(x.criteria, ci, 1) }))} />
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('clusters.table.removeRow', rl)} onClick={() => setGroup(gi, (x) => ({ ...x, criteria: x.criteria.filter((_, i) => i !== ci) }))} />
                      </Space>
                    );
                  },
                },
              ]}
            />
            <Button size="small" type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setGroup(gi, (x) => ({ ...x, criteria: [...x.criteria, blankCriterion()] }))}>
              {t('clusters.table.addRow', gl)}
            </Button>
          </Card>
        );
      })}
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setGroups((gs) => [...gs, blankGroup()])}>
          {t('clusters.table.addGroup')}
        </Button>
        <Typography.Text type="secondary">{t('clusters.table.total', { total: fmtNumber(total) })}</Typography.Text>
      </Space>
      {tried && problems.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message={t('clusters.table.problems', { n: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="scoring-table-problems">
              {problems.map((p, i) => {
                const m = problemMessage(p);
                return <li key={i}>{t(m.key, m.params)}</li>;
              })}
            </ul>
          }
        />
      ) : null}
      <Button type="primary" loading={submitting} onClick={submit}>
        {t('clusters.round.open')}
      </Button>
    </Card>
  );
}
