import { useState } from 'react';
import { Alert, Button, Card, Radio, Select, Space, Table, Typography } from 'antd';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { CouncilSessionView } from '../api/get-council-session';
import { useI18n } from '@/i18n';
import { useRecordWrittenVote } from '../api/record-written-vote';
import { awardText, CHOICE_OPTIONS, type Choice } from './text';

// Kept for importers of the former constant; it now takes the translator.
export { CHOICE_OPTIONS } from './text';

/**
 * The secretary records the ballot paper of a member who votes in writing (absent, or without an account):
 * one paper per member, counted like an electronic ballot and, like it, not linked to the member once recorded.
 */
export function WrittenVoteForm({ session }: { session: CouncilSessionView }) {
  const { t, locale } = useI18n();
  const record = useRecordWrittenVote();
  const [memberId, setMemberId] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<string | null>(null);
  // Only members who vote on some item under its rule (an absent member has no say where the share is over those present).
  const waiting = session.members.filter((m) => !m.hasVoted && (!m.present || !m.userId) && m.voteItemIds.length > 0);
  if (!waiting.length && !done) return null;
  const items = session.members.find((m) => m.id === memberId)?.voteItemIds ?? [];
  const onPaper = session.agenda.filter((a) => items.includes(a.id));
  const complete = !!memberId && onPaper.length > 0 && onPaper.every((a) => choices[a.id]);
  // The chosen member's own nomination or declared conflict of interest, else the item's rule.
  const notVotingText = (a: (typeof session.agenda)[number]) => {
    const why = a.excluded.find((e) => e.memberId === memberId)?.reason;
    return why ? t(why === 'nominee' ? 'dossiers.written.notVotingNominee' : 'dossiers.written.notVotingRecused') : t('dossiers.session.notVoting');
  };
  const submit = () => {
    if (!memberId || !complete) return;
    const name = session.members.find((m) => m.id === memberId)?.name ?? '';
    record.mutate(
      { id: session.id, memberId, votes: onPaper.map((a) => ({ itemId: a.id, choice: choices[a.id]! })) },
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
    <Card title={<h2 className="card-title">{t('dossiers.written.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('dossiers.written.hint')}</Typography.Paragraph>
      {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('dossiers.written.recorded', { name: done })} /> : null}
      <ErrorAlert error={record.error} />
      {waiting.length ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select
            aria-label={t('dossiers.written.member')}
            style={{ minWidth: 320 }}
            placeholder={t('dossiers.written.pickMember')}
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
              { title: t('dossiers.col.nominee'), dataIndex: 'nominee' },
              { title: t('dossiers.col.award'), key: 'a', render: (_, a) => awardText(locale, a.award, a.awardName) },
              {
                title: t('dossiers.written.ballot'),
                key: 'v',
                render: (_, a) =>
                  memberId && !items.includes(a.id) ? (
                    <Typography.Text type="secondary">{notVotingText(a)}</Typography.Text>
                  ) : (
                    <Radio.Group
                      aria-label={t('dossiers.written.ballotAria', { name: a.nominee })}
                      value={choices[a.id]}
                      disabled={!memberId}
                      onChange={(e) => setChoices({ ...choices, [a.id]: e.target.value as Choice })}
                      options={CHOICE_OPTIONS(t)}
                    />
                  ),
              },
            ]}
          />
          <Button type="primary" disabled={!complete} loading={record.isPending} onClick={submit}>
            {t('dossiers.written.record')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}
