import { useState } from 'react';
import { Alert, App, Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { ClusterDetailView } from '../api/get-cluster';
import type { RoundView } from '../api/get-round';
import { useSubmitScores } from '../api/submit-scores';
import { useUploadEvidence } from '../api/upload-evidence';
import { useClusterText } from './text';

type Org = { id: string; name: string };
type Criterion = RoundView['criteria'][number];
type Mode = ClusterDetailView['settings']['assessmentMode'];

/** Who a member's representative scores the others as, in this mode (null: members only self-assess). */
export function othersAs(mode: Mode, actingFor: string, leaderId: string | null): 'member' | 'leader' | null {
  if (mode === 'peers' || mode === 'peers_and_secretariat') return 'member';
  if (mode === 'leader_secretariat' && leaderId === actingFor) return 'leader';
  return null;
}
export const secretariatScores = (mode: Mode) => mode === 'leader_secretariat' || mode === 'peers_and_secretariat';

const key = (assessee: string, code: string) => `${assessee}|${code}`;

/** The points inputs of one column (an assessee) of a sheet. */
function PointsInput({ label, c, value, onChange }: { label: string; c: Criterion; value: number | null; onChange: (v: number | null) => void }) {
  return <InputNumber<number> aria-label={label} min={0} max={c.maxPoints} step={0.25} decimalSeparator="," value={value} onChange={onChange} />;
}

/**
 * A member's score sheet: the self-assessment column (with evidence text and file) and, when the mode
 * lets this member score the others (peers, or the year's leader in leader_secretariat mode), a column
 * per other member. Nobody scores itself.
 */
export function MemberScoreSheet({ d, year, r, leaderId }: { d: ClusterDetailView; year: number; r: RoundView; leaderId: string | null }) {
  const { t, num, criterionKind, mode } = useClusterText();
  const { message } = App.useApp();
  const [as, setAs] = useState(r.abilities.participateAs[0]!);
  const [pts, setPts] = useState<Record<string, number | null>>({});
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Record<string, { id: string; fileName: string }>>({});
  const [reason, setReason] = useState('');
  const submit = useSubmitScores();
  const upload = useUploadEvidence();
  const members = r.progress.map((p) => p.organisation as Org);
  const scoreOthersAs = othersAs(d.settings.assessmentMode, as, leaderId);
  const others = scoreOthersAs ? members.filter((m) => m.id !== as) : [];
  const selfLabel = t('clusters.round.self');
  const send = (self: boolean) => {
    const targets = self ? [as] : others.map((o) => o.id);
    const items = targets.flatMap((tg) =>
      r.criteria
        .filter((c) => pts[key(tg, c.code)] !== undefined && pts[key(tg, c.code)] !== null)
        .map((c) => ({
          assesseeId: tg,
          criterionCode: c.code,
          points: pts[key(tg, c.code)]!,
          ...(self && (evidence[c.code] || files[c.code]) ? { evidence: [{ title: (evidence[c.code] || files[c.code]!.fileName).normalize('NFC'), ...(files[c.code] ? { fileId: files[c.code]!.id } : {}) }] } : {}),
        })),
    );
    if (!items.length) return void message.warning(t('clusters.sheet.noPoints'));
    const why = reason.trim().normalize('NFC');
    submit.mutate(
      { id: d.id, year, body: { as: self ? 'self' : scoreOthersAs!, assessorOrgId: as, ...(why ? { reason: why } : {}), items } },
      { onSuccess: () => void message.success(self ? t('clusters.sheet.sentSelf') : t('clusters.sheet.sentOthers')), onError: (e) => void message.error(e.message) },
    );
  };
  const cols = [
    { title: t('clusters.sheet.criterion'), key: 'c', render: (_: unknown, c: Criterion) => t('clusters.sheet.criterionLabel', { code: c.code, title: c.title, kind: criterionKind(c.kind), max: num(c.maxPoints) }) },
    ...[{ id: as, name: selfLabel }, ...others].map((m) => ({
      title: m.name,
      key: m.id,
      render: (_: unknown, c: Criterion) => (
        <PointsInput label={t('clusters.sheet.cell', { name: m.name, code: c.code })} c={c} value={pts[key(m.id, c.code)] ?? null} onChange={(v) => setPts((p) => ({ ...p, [key(m.id, c.code)]: v }))} />
      ),
    })),
    {
      title: t('clusters.sheet.evidence'),
      key: 'e',
      render: (_: unknown, c: Criterion) => (
        <Space orientation="vertical" size={4}>
          <Input
            aria-label={t('clusters.sheet.evidenceOf', { code: c.code })}
            placeholder={c.evidenceRequired ? t('clusters.sheet.evidenceRequired') : t('clusters.sheet.evidenceOptional')}
            value={evidence[c.code] ?? ''}
            onChange={(e) => setEvidence((x) => ({ ...x, [c.code]: e.target.value }))}
          />
          <input
            type="file"
            aria-label={t('clusters.sheet.evidenceFileOf', { code: c.code })}
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              upload.mutate(
                { id: d.id, year, organisationId: as, criterionCode: c.code, file },
                {
                  onSuccess: (f) => {
                    setFiles((x) => ({ ...x, [c.code]: { id: f.id, fileName: f.fileName } }));
                    void message.success(t('clusters.sheet.uploaded', { name: f.fileName }));
                  },
                  onError: (err) => void message.error(err.message),
                },
              );
            }}
          />
          {files[c.code] ? <Typography.Text type="secondary">{files[c.code]!.fileName}</Typography.Text> : null}
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={scoreOthersAs === 'leader' ? t('clusters.sheet.titleLeader') : t('clusters.sheet.title')}
      extra={
        <Space>
          <Typography.Text>{t('clusters.sheet.actingFor')}</Typography.Text>
          <Select aria-label={t('clusters.sheet.actingForLabel')} value={as} style={{ width: 200 }} onChange={setAs} options={r.abilities.participateAs.map((m) => ({ value: m, label: members.find((x) => x.id === m)?.name ?? m }))} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('clusters.sheet.help')}</Typography.Paragraph>
      {!scoreOthersAs ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('clusters.sheet.modeNoPeers', { mode: mode(d.settings.assessmentMode) })} /> : null}
      <Table data-testid="score-sheet" size="small" rowKey="id" pagination={false} dataSource={r.criteria} columns={cols} scroll={{ x: true }} />
      <Input aria-label={t('clusters.sheet.reason')} placeholder={t('clusters.sheet.reason')} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 12, maxWidth: 640 }} />
      <Space style={{ marginTop: 12 }}>
        <Button loading={submit.isPending} onClick={() => send(true)}>
          {t('clusters.sheet.sendSelf')}
        </Button>
        {scoreOthersAs ? (
          <Button type="primary" loading={submit.isPending} onClick={() => send(false)}>
            {t('clusters.sheet.sendOthers')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}

/** The secretariat's sheet (leader_secretariat and peers_and_secretariat modes): a column per member. */
export function SecretariatScoreSheet({ d, year, r }: { d: ClusterDetailView; year: number; r: RoundView }) {
  const { t, num, criterionKind } = useClusterText();
  const { message } = App.useApp();
  const [pts, setPts] = useState<Record<string, number | null>>({});
  const [reason, setReason] = useState('');
  const submit = useSubmitScores();
  const members = r.progress.map((p) => p.organisation as Org);
  const send = () => {
    const items = members.flatMap((m) => r.criteria.filter((c) => (pts[key(m.id, c.code)] ?? null) !== null).map((c) => ({ assesseeId: m.id, criterionCode: c.code, points: pts[key(m.id, c.code)]! })));
    if (!items.length) return void message.warning(t('clusters.sheet.noPoints'));
    const why = reason.trim().normalize('NFC');
    submit.mutate({ id: d.id, year, body: { as: 'secretariat', ...(why ? { reason: why } : {}), items } }, { onSuccess: () => void message.success(t('clusters.sheet.sentOthers')), onError: (e) => void message.error(e.message) });
  };
  return (
    <Card title={t('clusters.sheet.titleSecretariat')}>
      <Typography.Paragraph type="secondary">{t('clusters.sheet.helpSecretariat')}</Typography.Paragraph>
      <Table
        data-testid="secretariat-sheet"
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.criteria}
        scroll={{ x: true }}
        columns={[
          { title: t('clusters.sheet.criterion'), key: 'c', render: (_: unknown, c: Criterion) => t('clusters.sheet.criterionLabel', { code: c.code, title: c.title, kind: criterionKind(c.kind), max: num(c.maxPoints) }) },
          ...members.map((m) => ({
            title: m.name,
            key: m.id,
            render: (_: unknown, c: Criterion) => (
              <PointsInput label={t('clusters.sheet.cell', { name: m.name, code: c.code })} c={c} value={pts[key(m.id, c.code)] ?? null} onChange={(v) => setPts((p) => ({ ...p, [key(m.id, c.code)]: v }))} />
            ),
          })),
        ]}
      />
      <Input aria-label={t('clusters.sheet.reason')} placeholder={t('clusters.sheet.reason')} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} style={{ marginTop: 12, maxWidth: 640 }} />
      <div style={{ marginTop: 12 }}>
        <Button type="primary" loading={submit.isPending} onClick={send}>
          {t('clusters.sheet.sendSecretariat')}
        </Button>
      </div>
    </Card>
  );
}
