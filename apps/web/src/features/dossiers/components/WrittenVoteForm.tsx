import { useState } from 'react';
import { Alert, Button, Card, Radio, Select, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { CouncilSessionView } from '../api/get-council-session';
import { useRecordWrittenVote } from '../api/record-written-vote';

type Choice = 'for' | 'against' | 'abstain';
export const CHOICE_OPTIONS: { value: Choice; label: string }[] = [
  { value: 'for', label: 'Tán thành' },
  { value: 'against', label: 'Không tán thành' },
  { value: 'abstain', label: 'Không ý kiến' },
];

/**
 * The secretary records the ballot paper of a member who votes in writing (absent, or without an account):
 * one paper per member, counted like an electronic ballot and, like it, not linked to the member once recorded.
 */
export function WrittenVoteForm({ session }: { session: CouncilSessionView }) {
  const record = useRecordWrittenVote();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<string | null>(null);
  const waiting = session.members.filter((m) => !m.hasVoted && (!m.present || !m.userId));
  if (!waiting.length && !done) return null;
  const complete = !!memberId && session.agenda.every((a) => choices[a.id]);
  const submit = () => {
    if (!memberId || !complete) return;
    const name = session.members.find((m) => m.id === memberId)?.name ?? '';
    record.mutate(
      { id: session.id, memberId, votes: session.agenda.map((a) => ({ itemId: a.id, choice: choices[a.id]! })) },
      {
        onSuccess: () => {
          setDone(name);
          setMemberId(null);
          setChoices({});
        },
      },
    );
  };
  return (
    <Card title={<h2 className="card-title">Phiếu bằng văn bản</h2>}>
      <Typography.Paragraph type="secondary">
        Thư ký ghi nhận phiếu của thành viên vắng mặt hoặc không có tài khoản; mỗi thành viên một phiếu. Phiếu đã ghi không sửa được.
      </Typography.Paragraph>
      {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title={`Đã ghi nhận phiếu của ${done}.`} /> : null}
      <ErrorAlert error={record.error} />
      {waiting.length ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select
            aria-label="Thành viên gửi phiếu bằng văn bản"
            style={{ minWidth: 320 }}
            placeholder="Chọn thành viên"
            value={memberId}
            onChange={(v: string) => {
              setMemberId(v);
              setDone(null);
            }}
            options={waiting.map((m) => ({ value: m.id, label: `${m.name}${m.title ? ` – ${m.title}` : ''}` }))}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={session.agenda}
            columns={[
              { title: 'Người được đề nghị', dataIndex: 'nominee' },
              { title: 'Hình thức', dataIndex: 'awardName' },
              {
                title: 'Phiếu',
                key: 'v',
                render: (_, a) => (
                  <Radio.Group
                    aria-label={`Phiếu văn bản cho ${a.nominee}`}
                    value={choices[a.id]}
                    disabled={!memberId}
                    onChange={(e) => setChoices({ ...choices, [a.id]: e.target.value as Choice })}
                    options={CHOICE_OPTIONS}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" disabled={!complete} loading={record.isPending} onClick={submit}>
            Ghi nhận phiếu văn bản
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
