import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Descriptions, Radio, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@/components/ErrorAlert';
import { OrganisationSelect } from '@/components/organisation-select';
import { NotFoundInline } from '@/components/NotFoundInline';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useCastVote } from '../api/cast-vote';
import { useCloseCouncilSession } from '../api/close-council-session';
import { useCouncilSession } from '../api/get-council-session';
import { useUpdateCouncilMember } from '../api/update-council-member';
import { PersonLinkSelect } from '../components/PersonLinkSelect';
import { RecusalsModal } from '../components/RecusalsModal';
import { WrittenVoteForm } from '../components/WrittenVoteForm';
import { awardText, CHOICE_OPTIONS, type Choice } from '../components/text';

/** A council session: members, agenda, the member's secret ballot, closing and the minutes. */
export default function CouncilSessionPage() {
  const { t, locale, fmtDate, fmtNumber } = useI18n();
  const { id } = useParams();
  const session = useCouncilSession(id);
  const vote = useCastVote();
  const close = useCloseCouncilSession();
  const member = useUpdateCouncilMember();
  const { user } = useSession();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [recusing, setRecusing] = useState<string | null>(null);
  if (session.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (session.isError) return <NotFoundInline error={session.error} backTo={paths.dossiers} backLabel={t('dossiers.backToListLabel')} />;
  const s = session.data;
  const closed = s.status === 'closed';
  // The paper has a choice for exactly the items the member votes on (their rule's voters).
  const mine = s.agenda.filter((a) => a.mayVote);
  const complete = mine.every((a) => choices[a.id]);
  const ruleDenominator = s.agenda.some((a) => a.denominator !== 'all_members');
  const anyExcluded = s.agenda.some((a) => a.excluded.length > 0);
  const me = s.members.find((m) => m.userId === user.id);
  const nameOf = (memberId: string) => s.members.find((m) => m.id === memberId)?.name ?? '';
  const nomineeOf = (itemId: string) => s.agenda.find((a) => a.id === itemId)?.nominee ?? '';
  const recusingMember = s.members.find((m) => m.id === recusing);
  // Why an item is not on my paper: my own nomination, my declared conflict of interest, or the item's rule.
  const notVotingText = (a: (typeof s.agenda)[number]) => {
    const own = me ? a.excluded.find((e) => e.memberId === me.id) : undefined;
    return own ? t(own.reason === 'nominee' ? 'dossiers.session.notVotingNominee' : 'dossiers.session.notVotingRecused') : t('dossiers.session.notVoting');
  };
  return (
    <>
      <nav aria-label={t('dossiers.breadcrumb')} className="org-breadcrumb">
        <Link to={paths.dossiers}>{t('dossiers.backToList')}</Link>
      </nav>
      <PageHeader
        title={s.title}
        subtitle={`${s.councilName} · ${fmtDate(s.meetingDate)} · ${s.venue}`}
        extra={<Tag color={closed ? 'default' : 'blue'}>{closed ? t('dossiers.session.closed') : t('dossiers.session.voting')}</Tag>}
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 className="card-title">{t('dossiers.session.members')}</h2>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('dossiers.session.totalMembers')}>{fmtNumber(s.totalMembers)}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.session.votedMembers')}>{fmtNumber(s.votedMembers)}</Descriptions.Item>
            <Descriptions.Item label={t('dossiers.session.mode')}>{s.secret ? t('dossiers.session.secret') : t('dossiers.session.open')}</Descriptions.Item>
          </Descriptions>
          {s.abilities.editMembers ? <Typography.Paragraph type="secondary">{t('dossiers.session.membersHint')}</Typography.Paragraph> : null}
          <Space wrap>
            {s.members.map((m) => (
              <Space key={m.id} size={4} wrap>
                <Tag color={m.hasVoted ? 'green' : undefined}>
                  {m.name}
                  {m.present ? '' : ` ${t('dossiers.session.absent')}`}
                  {m.hasVoted ? ' ✓' : ''}
                </Tag>
                {s.abilities.editMembers ? (
                  <Checkbox
                    checked={m.standing}
                    disabled={member.isPending}
                    aria-label={t('dossiers.session.standingAria', { name: m.name })}
                    onChange={(e) => member.mutate({ id: s.id, memberId: m.id, body: { standing: e.target.checked } })}
                  >
                    {t('dossiers.session.standing')}
                  </Checkbox>
                ) : m.standing ? (
                  <Tag color="gold">{t('dossiers.session.standing')}</Tag>
                ) : null}
                {s.abilities.editMembers ? (
                  <>
                    <PersonLinkSelect
                      ariaLabel={t('dossiers.session.personAria', { name: m.name })}
                      value={m.personId}
                      currentName={m.personName}
                      disabled={member.isPending}
                      style={{ width: 220 }}
                      onChange={(personId) => member.mutate({ id: s.id, memberId: m.id, body: { personId } })}
                    />
                    <OrganisationSelect
                      aria-label={t('dossiers.session.organisationAria', { name: m.name })}
                      placeholder={t('dossiers.session.organisationPlaceholder')}
                      value={m.organisationId}
                      asOf={s.meetingDate}
                      disabled={member.isPending}
                      style={{ width: 240 }}
                      onChange={(organisationId) => member.mutate({ id: s.id, memberId: m.id, body: { organisationId } })}
                    />
                    <Button size="small" aria-label={t('dossiers.session.recusalsAria', { name: m.name })} onClick={() => setRecusing(m.id)}>
                      {t('dossiers.session.recusals', { n: fmtNumber(m.recusals.length) })}
                    </Button>
                  </>
                ) : (
                  <>
                    {m.personName ? <Tag>{t('dossiers.session.person', { name: m.personName })}</Tag> : null}
                    {m.organisationName ? <Tag>{t('dossiers.session.organisation', { name: m.organisationName })}</Tag> : null}
                    {m.recusals.map((r) => (
                      <Tag key={r.itemId} color="orange" title={r.reason}>
                        {t('dossiers.session.recused', { nominee: nomineeOf(r.itemId) })}
                      </Tag>
                    ))}
                  </>
                )}
              </Space>
            ))}
          </Space>
          <ErrorAlert error={member.error} />
          {recusingMember && s.abilities.editMembers ? <RecusalsModal key={recusingMember.id} session={s} member={recusingMember} onClose={() => setRecusing(null)} /> : null}
        </Card>
        <Card
          title={<h2 className="card-title">{t('dossiers.session.agenda')}</h2>}
          extra={
            closed ? (
              <a href={`/api/v1/council-sessions/${s.id}/minutes.docx`}>
                <DownloadOutlined /> {t('dossiers.session.minutes')}
              </a>
            ) : null
          }
        >
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('dossiers.session.rule')}
            description={
              ruleDenominator || anyExcluded ? (
                <>
                  {ruleDenominator ? <div>{t('dossiers.session.ruleDenominator')}</div> : null}
                  {anyExcluded ? <div>{t('dossiers.session.ruleExcluded')}</div> : null}
                </>
              ) : undefined
            }
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.agenda}
            columns={[
              { title: t('dossiers.col.nominee'), key: 'n', render: (_, a) => <Link to={paths.dossier(a.dossierId)}>{a.nominee}</Link> },
              { title: t('dossiers.col.award'), key: 'a', render: (_, a) => awardText(locale, a.award, a.awardName) },
              {
                title: t('dossiers.session.threshold'),
                key: 't',
                render: (_, a) =>
                  t(a.comparison === 'more_than' ? 'dossiers.session.thresholdMoreThan' : 'dossiers.session.thresholdAtLeast', {
                    percent: fmtNumber(a.thresholdPercent),
                  }),
              },
              {
                title: t('dossiers.session.denominator'),
                key: 'd',
                render: (_, a) => (
                  <Space orientation="vertical" size={0}>
                    {t(`dossiers.session.denominator.${a.denominator}`, { n: fmtNumber(a.votingMembers) })}
                    {a.excluded.length ? (
                      <Typography.Text type="secondary">
                        {t('dossiers.session.excludedList', {
                          list: a.excluded.map((e) => t(`dossiers.session.excluded.${e.reason}`, { name: nameOf(e.memberId) })).join('; '),
                        })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              ...(closed
                ? [
                    {
                      title: t('dossiers.session.votesFor'),
                      key: 'f',
                      render: (_: unknown, a: (typeof s.agenda)[number]) => `${a.votesFor}/${a.votingMembers}`,
                    },
                    {
                      title: t('dossiers.session.result'),
                      key: 'p',
                      render: (_: unknown, a: (typeof s.agenda)[number]) => (
                        <Tag color={a.passed ? 'green' : 'red'}>{a.passed ? t('dossiers.session.passed') : t('dossiers.session.failed')}</Tag>
                      ),
                    },
                  ]
                : s.abilities.vote
                  ? [
                      {
                        title: t('dossiers.session.myBallot'),
                        key: 'v',
                        render: (_: unknown, a: (typeof s.agenda)[number]) =>
                          a.mayVote ? (
                            <Radio.Group
                              aria-label={t('dossiers.session.ballotAria', { name: a.nominee })}
                              value={choices[a.id]}
                              onChange={(e) => setChoices({ ...choices, [a.id]: e.target.value as Choice })}
                              options={CHOICE_OPTIONS(t)}
                            />
                          ) : (
                            <Typography.Text type="secondary">{notVotingText(a)}</Typography.Text>
                          ),
                      },
                    ]
                  : []),
            ]}
          />
          <ErrorAlert error={vote.error ?? close.error} />
          <Space style={{ marginTop: 12 }}>
            {s.abilities.vote ? (
              <Button
                type="primary"
                disabled={!complete}
                loading={vote.isPending}
                onClick={() => vote.mutate({ id: s.id, votes: mine.map((a) => ({ itemId: a.id, choice: choices[a.id]! })) })}
              >
                {t('dossiers.session.castVote')}
              </Button>
            ) : null}
            {s.abilities.manage ? (
              <Button danger loading={close.isPending} onClick={() => close.mutate(s.id)}>
                {t('dossiers.session.close')}
              </Button>
            ) : null}
          </Space>
        </Card>
        {s.abilities.manage && !closed ? <WrittenVoteForm session={s} /> : null}
      </Space>
    </>
  );
}
