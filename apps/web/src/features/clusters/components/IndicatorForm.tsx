import { useState } from 'react';
import { Alert, App, AutoComplete, Button, Form, Input, InputNumber, Radio, Space, Table } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { ClusterYearOverviewView } from '../api/get-year-overview';
import { useSaveIndicators } from '../api/save-indicators';
import { useClusterText } from './text';

type Org = { id: string; name: string };
interface Cell {
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}
const CODE = /^[a-z0-9_]{2,60}$/;
const KNOWN = ['grdp_growth', 'new_rural_communes', 'new_rural_districts', 'par_index_rank'];
/** The row of a figure for the whole cluster (organisationId null; the secretariat only). */
const CLUSTER = '__cluster';

/**
 * One indicator for the members the actor may report for (the secretariat: every member; a member's
 * representative: its own row; `wholeCluster` adds the cluster's own row): a value, or a numerator /
 * denominator, with the unit and the source.
 */
export function IndicatorForm({ clusterId, year, overview, orgs: members, wholeCluster = false }: { clusterId: string; year: number; overview: ClusterYearOverviewView; orgs: Org[]; wholeCluster?: boolean }) {
  const { t, indicator } = useClusterText();
  const { message } = App.useApp();
  const save = useSaveIndicators();
  const [code, setCode] = useState('grdp_growth');
  const [mode, setMode] = useState<'value' | 'ratio'>('value');
  const [unit, setUnit] = useState('%');
  const [source, setSource] = useState('');
  const [cells, setCells] = useState<Record<string, Cell>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const orgs = wholeCluster ? [...members, { id: CLUSTER, name: t('clusters.indicators.wholeCluster') }] : members;
  const existing = (orgId: string) => overview.indicators.find((i) => i.code === code && (orgId === CLUSTER ? i.organisation === null : i.organisation?.id === orgId));
  const cell = (orgId: string): Cell => {
    if (cells[`${code}|${orgId}`]) return cells[`${code}|${orgId}`]!;
    const e = existing(orgId);
    return e ? { value: e.value, numerator: e.numerator, denominator: e.denominator } : {};
  };
  const setCell = (orgId: string, patch: Cell) => setCells((c) => ({ ...c, [`${code}|${orgId}`]: { ...cell(orgId), ...patch } }));
  const codes = [...new Set([...KNOWN, ...overview.indicators.map((i) => i.code)])];

  const submit = () => {
    setProblem(null);
    if (!CODE.test(code)) return setProblem(t('clusters.indicatorForm.codeInvalid'));
    const items = [];
    for (const o of orgs) {
      const c = cell(o.id);
      const organisationId = o.id === CLUSTER ? null : o.id;
      if (mode === 'value') {
        if (c.value === null || c.value === undefined) continue;
        items.push({ organisationId, code, value: c.value, numerator: null, denominator: null });
      } else {
        if ((c.numerator ?? null) === null && (c.denominator ?? null) === null) continue;
        if (c.numerator == null || c.denominator == null || c.denominator < 1 || c.numerator > c.denominator) return setProblem(t('clusters.indicatorForm.ratioBad', { name: o.name }));
        items.push({ organisationId, code, value: null, numerator: c.numerator, denominator: c.denominator });
      }
    }
    if (!items.length) return setProblem(t('clusters.indicatorForm.empty'));
    const extra = { ...(unit.trim() ? { unit: unit.trim().normalize('NFC') } : {}), ...(source.trim() ? { source: source.trim().normalize('NFC') } : {}) };
    save.mutate({ id: clusterId, year, body: { items: items.map((i) => ({ ...i, ...extra })) } }, { onSuccess: () => void message.success(t('clusters.indicatorForm.done', { n: items.length })) });
  };

  return (
    <Form layout="vertical" name="cluster-indicators" disabled={save.isPending} onFinish={submit}>
      <ErrorAlert error={save.error} />
      {problem ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={problem} /> : null}
      <Space wrap size="large">
        <Form.Item label={t('clusters.indicatorForm.code')} htmlFor="indicator-code" required>
          <AutoComplete
            id="indicator-code"
            value={code}
            style={{ width: 300 }}
            options={codes.map((c) => ({ value: c, label: `${indicator(c)} (${c})` }))}
            onChange={(v: string) => setCode(v.trim())}
          />
        </Form.Item>
        <Form.Item label={t('clusters.indicatorForm.mode')}>
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'value' | 'ratio')} options={[{ value: 'value', label: t('clusters.indicatorForm.mode.value') }, { value: 'ratio', label: t('clusters.indicatorForm.mode.ratio') }]} />
        </Form.Item>
        <Form.Item label={t('clusters.indicatorForm.unit')} htmlFor="indicator-unit">
          <Input id="indicator-unit" value={unit} maxLength={40} style={{ width: 100 }} onChange={(e) => setUnit(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('clusters.indicatorForm.source')} htmlFor="indicator-source">
          <Input id="indicator-source" value={source} maxLength={500} style={{ width: 320 }} onChange={(e) => setSource(e.target.value)} />
        </Form.Item>
      </Space>
      <Table<Org>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={orgs}
        style={{ marginBottom: 12 }}
        columns={[
          { title: t('clusters.indicators.organisation'), key: 'o', render: (_, o) => o.name },
          ...(mode === 'value'
            ? [
                {
                  title: t('clusters.indicatorForm.value'),
                  key: 'v',
                  render: (_: unknown, o: Org) => <InputNumber<number> aria-label={t('clusters.indicatorForm.valueOf', { name: o.name })} decimalSeparator="," step={0.01} value={cell(o.id).value ?? null} onChange={(v) => setCell(o.id, { value: v })} />,
                },
              ]
            : [
                {
                  title: t('clusters.indicatorForm.mode.ratio'),
                  key: 'r',
                  render: (_: unknown, o: Org) => (
                    <Space>
                      <InputNumber<number> aria-label={t('clusters.indicatorForm.numeratorOf', { name: o.name })} min={0} precision={0} value={cell(o.id).numerator ?? null} onChange={(v) => setCell(o.id, { numerator: v })} />
                      /
                      <InputNumber<number> aria-label={t('clusters.indicatorForm.denominatorOf', { name: o.name })} min={1} precision={0} value={cell(o.id).denominator ?? null} onChange={(v) => setCell(o.id, { denominator: v })} />
                    </Space>
                  ),
                },
              ]),
        ]}
      />
      <Button htmlType="submit" loading={save.isPending}>
        {t('clusters.indicatorForm.submit')}
      </Button>
    </Form>
  );
}
