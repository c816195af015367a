import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Statistic, Table, Tag, Typography, type InputRef } from 'antd';
import { awardNameIn, useAwardName, useAwards } from '@/components/award-select';
import { importIssueText } from '@/lib/import-issue';
import { ErrorAlert } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api-client';
import { dayjs } from '@/lib/dates';
import { useCheckEntry } from '../api/check-entry';
import { useCreateEntry, type CampaignEntryView } from '../api/create-entry';
import type { CampaignView } from '../api/get-campaign';
import { useMyEntries } from '../api/list-entries';
import {
  afterSave,
  cellsFrom,
  emptyValues,
  ENTRY_FIELDS,
  entryKeyAction,
  focusAfter,
  issuesOf,
  nextRecordRef,
  placeIssues,
  savedOutcomeKey,
  type CampaignField,
  type EntryValues,
  type Issue,
} from './entry-form';
import { ENTRY_STATUS_COLOR, useCampaignText } from './text';

const REQUIRED: ReadonlySet<CampaignField> = new Set(['fullName', 'award', 'year']);
const REF = 'recordRef';
const inputId = (f: string) => `campaign-entry-${f}`;
const newKey = () => crypto.randomUUID();

/** The unit names the campaign knows (targets and assignments). */
function useOrgNames(c: CampaignView) {
  return useMemo(() => {
    const m = new Map<string, string>();
    for (const x of c.targets) m.set(x.orgId, x.orgName);
    for (const a of c.assignments) m.set(a.orgId, a.orgName);
    return m;
  }, [c.targets, c.assignments]);
}

/**
 * The keyboard-first entry form: the 12 template fields in order, Enter to the next field, Ctrl+Enter
 * saves; after a save the form keeps what repeats on a paper list and goes back to "Họ và tên". Each
 * field is checked by the server when left (stores nothing); errors beside the field block the save,
 * warnings do not. Every record has its own Idempotency-Key, so a double click or a retry saves once.
 */
export function EntryTab({ c }: { c: CampaignView }) {
  const tx = useCampaignText();
  const { t } = tx;
  const names = useOrgNames(c);
  const awards = useAwards();
  const awardName = useAwardName();
  const create = useCreateEntry();
  const check = useCheckEntry();
  const mine = useMyEntries(c.id);
  const [orgId, setOrgId] = useState<string | null>(c.can.enterOrgIds.length === 1 ? c.can.enterOrgIds[0]! : null);
  const [recordRef, setRecordRef] = useState('');
  const [values, setValues] = useState<EntryValues>(emptyValues);
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [issues, setIssues] = useState<{ errors: Issue[]; warnings: Issue[] }>({ errors: [], warnings: [] });
  const [attempted, setAttempted] = useState(false);
  const [localError, setLocalError] = useState<{ field: 'orgId' | typeof REF; text: string } | null>(null);
  const [saved, setSaved] = useState<CampaignEntryView | null>(null);
  const [key, setKey] = useState(newKey);
  const refs = useRef(new Map<string, InputRef | null>());
  const saveRef = useRef<HTMLButtonElement | null>(null);
  const unitRef = useRef<{ focus: () => void } | null>(null);
  const checkSeq = useRef(0);
  const valuesRef = useRef(values);
  valuesRef.current = values;

  useEffect(() => {
    if (orgId && !c.can.enterOrgIds.includes(orgId)) setOrgId(null);
  }, [c.can.enterOrgIds, orgId]);

  const order = useMemo(() => [...(c.doubleEntry ? [REF] : []), ...ENTRY_FIELDS], [c.doubleEntry]);
  const focus = useCallback((id: string | 'save') => {
    if (id === 'save') saveRef.current?.focus();
    else refs.current.get(id)?.focus({ cursor: 'all' });
  }, []);

  // The award field takes the name as the paper list writes it, in Vietnamese (the server resolves it), so
  // the suggestions' values stay Vietnamese; in English each one is labelled with its English name.
  const awardList = useMemo(() => {
    const items = awards.data?.items ?? [];
    const picked = c.awardCodes.length ? c.awardCodes.map((code) => ({ code, name: items.find((a) => a.code === code)?.name ?? code })) : items;
    return picked.map((a) => ({ value: a.name, label: tx.locale === 'vi' ? undefined : awardNameIn(tx.locale, a.code, a.name) }));
  }, [awards.data, c.awardCodes, tx.locale]);

  const runCheck = useCallback(
    (forOrg: string | null, vals: EntryValues) => {
      if (!forOrg) return;
      const seq = ++checkSeq.current;
      check.mutate(
        { id: c.id, body: { orgId: forOrg, cells: cellsFrom(vals) } },
        {
          onSuccess: (r) => {
            if (seq === checkSeq.current) setIssues({ errors: r.errors, warnings: r.warnings });
          },
        },
      );
    },
    // `check.mutate` is stable (the mutation object is not, so it is not a dependency)
    [c.id],
  );

  const word = (i: { code: string; message: string }) => importIssueText(tx.locale, i);
  const placed = placeIssues(issues.errors, issues.warnings, attempted ? 'all' : touched, word);

  const submit = () => {
    if (create.isPending) return;
    setAttempted(true);
    if (!orgId) {
      setLocalError({ field: 'orgId', text: t('campaigns.entry.unitRequired') });
      unitRef.current?.focus();
      return;
    }
    if (c.doubleEntry && !recordRef.trim()) {
      setLocalError({ field: REF, text: t('campaigns.entry.recordRefRequired') });
      focus(REF);
      return;
    }
    setLocalError(null);
    checkSeq.current++; // an answer to an earlier check must not overwrite what the save says
    const vals = valuesRef.current;
    create.mutate(
      {
        id: c.id,
        key,
        body: { orgId, ...(c.doubleEntry ? { recordRef: recordRef.normalize('NFC').trim() } : {}), cells: cellsFrom(vals) },
      },
      {
        onSuccess: (e) => {
          setSaved(e);
          setValues(afterSave(vals));
          if (c.doubleEntry) setRecordRef(nextRecordRef(recordRef));
          setTouched(new Set());
          setIssues({ errors: [], warnings: [] });
          setAttempted(false);
          setKey(newKey());
          create.reset();
          requestAnimationFrame(() => focus('fullName'));
        },
        onError: (err) => {
          setSaved(null);
          if (isApiError(err) && err.code === 'registry_entry_invalid') {
            const found = issuesOf(err.details);
            setIssues(found);
            const first = ENTRY_FIELDS.find((f) => found.errors.some((i) => i.field === f));
            if (first) focus(first);
          } else if (isApiError(err) && err.code === 'validation_failed' && err.fieldIssues.recordRef) {
            setLocalError({ field: REF, text: err.fieldIssues.recordRef });
            focus(REF);
          }
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = entryKeyAction({
      key: e.key,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      shiftKey: e.shiftKey,
      altKey: e.altKey,
      isComposing: e.nativeEvent.isComposing,
    });
    if (!action) return;
    if (action === 'save') {
      e.preventDefault();
      submit();
      return;
    }
    const field = (e.target as HTMLElement).dataset.entryField;
    if (!field) return; // the unit picker and the buttons keep their own Enter
    e.preventDefault();
    focus(focusAfter(order, field, action));
  };

  const leave = (f: string) => {
    if (!touched.has(f)) setTouched((s) => new Set(s).add(f));
    if (f !== REF) runCheck(orgId, valuesRef.current);
  };

  const invalid = create.error && isApiError(create.error) && create.error.code === 'registry_entry_invalid';
  const hint = (f: CampaignField) => t(`campaigns.hint.${f}`);
  const disabled = !c.can.enter;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {!c.can.enter ? <Alert type="info" showIcon title={t('campaigns.entry.closed')} /> : null}
      <Card
        title={t('campaigns.entry.title')}
        extra={
          <Statistic
            title={t('campaigns.entry.today')}
            value={tx.num(mine.data?.todayByMe ?? 0)}
            data-testid="entries-today"
            styles={{ content: { fontSize: 20 } }}
          />
        }
      >
        <Typography.Paragraph type="secondary">{t('campaigns.entry.help')}</Typography.Paragraph>
        <div role="status" aria-live="polite" data-testid="entry-saved">
          {saved ? (
            <Alert
              type={saved.status === 'adjudication' ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 12 }}
              title={t('campaigns.entry.saved', { name: saved.fullName, status: t(savedOutcomeKey(saved)) })}
              description={
                saved.warnings.length ? saved.warnings.map((w) => `${w.header ? `${w.header}: ` : ''}${word(w)}`).join(' · ') : undefined
              }
            />
          ) : null}
        </div>
        {create.error && !invalid ? <ErrorAlert error={create.error} /> : null}
        {placed.general.map((i, n) => (
          <Alert key={n} type={issues.errors.includes(i) ? 'error' : 'warning'} showIcon style={{ marginBottom: 8 }} title={word(i)} />
        ))}
        <div onKeyDown={onKeyDown} data-testid="entry-form">
          <Form layout="vertical" component="div" disabled={disabled} requiredMark>
            <Row gutter={16}>
              <Col xs={24} md={12} lg={8}>
                <Form.Item
                  label={t('campaigns.entry.unit')}
                  htmlFor="campaign-entry-unit"
                  required
                  validateStatus={localError?.field === 'orgId' ? 'error' : undefined}
                  help={localError?.field === 'orgId' ? localError.text : undefined}
                >
                  <Select
                    id="campaign-entry-unit"
                    ref={(r) => {
                      unitRef.current = r;
                    }}
                    value={orgId ?? undefined}
                    onChange={(v: string) => {
                      setOrgId(v);
                      setLocalError(null);
                      requestAnimationFrame(() => focus(order[0]!));
                    }}
                    placeholder={t('campaigns.entry.unitPlaceholder')}
                    options={c.can.enterOrgIds.map((id) => ({ value: id, label: names.get(id) ?? id }))}
                  />
                </Form.Item>
              </Col>
              {c.doubleEntry ? (
                <Col xs={24} md={12} lg={8}>
                  <Form.Item
                    label={t('campaigns.entry.recordRef')}
                    htmlFor={inputId(REF)}
                    required
                    validateStatus={localError?.field === REF ? 'error' : undefined}
                    help={localError?.field === REF ? localError.text : undefined}
                    extra={t('campaigns.entry.recordRefHelp')}
                  >
                    <Input
                      id={inputId(REF)}
                      data-entry-field={REF}
                      ref={(r) => {
                        refs.current.set(REF, r);
                      }}
                      value={recordRef}
                      maxLength={100}
                      autoComplete="off"
                      onChange={(e) => {
                        setRecordRef(e.target.value);
                        if (localError?.field === REF) setLocalError(null);
                      }}
                      onBlur={() => leave(REF)}
                    />
                  </Form.Item>
                </Col>
              ) : null}
            </Row>
            <Row gutter={16}>
              {ENTRY_FIELDS.map((f) => {
                const errs = placed.errors[f];
                const warns = placed.warnings[f];
                return (
                  <Col key={f} xs={24} md={12} lg={8}>
                    <Form.Item
                      label={tx.field(f)}
                      htmlFor={inputId(f)}
                      required={REQUIRED.has(f)}
                      validateStatus={errs ? 'error' : warns ? 'warning' : undefined}
                      help={
                        errs || warns ? (
                          <span data-testid={`entry-issue-${f}`}>{[...(errs ?? []), ...(warns ?? [])].join(' ')}</span>
                        ) : undefined
                      }
                    >
                      <Input
                        id={inputId(f)}
                        data-entry-field={f}
                        ref={(r) => {
                          refs.current.set(f, r);
                        }}
                        value={values[f]}
                        placeholder={hint(f)}
                        maxLength={1000}
                        autoComplete="off"
                        list={f === 'award' ? 'campaign-entry-awards' : undefined}
                        aria-invalid={errs ? true : undefined}
                        onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                        onBlur={() => leave(f)}
                      />
                    </Form.Item>
                  </Col>
                );
              })}
            </Row>
            <datalist id="campaign-entry-awards">
              {awardList.map((o) => (
                <option key={o.value} value={o.value} label={o.label} />
              ))}
            </datalist>
            <Button
              type="primary"
              htmlType="button"
              ref={saveRef}
              loading={create.isPending}
              onClick={submit}
              aria-keyshortcuts="Control+Enter"
            >
              {t('campaigns.entry.save')}
            </Button>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {t('campaigns.entry.keys')}
            </Typography.Text>
          </Form>
        </div>
      </Card>
      <Card title={t('campaigns.entry.recent')}>
        <ErrorAlert error={mine.error} />
        <Table<CampaignEntryView>
          data-testid="entries-recent"
          size="small"
          rowKey="id"
          loading={mine.isPending}
          pagination={false}
          dataSource={mine.data?.items ?? []}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('campaigns.entry.noneYet') }}
          columns={[
            { title: t('campaigns.entry.at'), key: 'at', width: 150, render: (_, e) => dayjs(e.createdAt).format('DD/MM/YYYY HH:mm') },
            ...(c.doubleEntry
              ? [{ title: t('campaigns.entry.recordRef'), key: 'ref', render: (_: unknown, e: CampaignEntryView) => e.recordRef ?? '—' }]
              : []),
            { title: t('campaigns.field.fullName'), dataIndex: 'fullName' },
            {
              title: t('campaigns.field.award'),
              key: 'award',
              render: (_, e) => awardName(e.award),
            },
            { title: t('campaigns.field.year'), dataIndex: 'year', width: 80 },
            {
              title: t('campaigns.list.status'),
              key: 'status',
              render: (_, e) => <Tag color={ENTRY_STATUS_COLOR[e.status]}>{tx.entryStatus(e.status)}</Tag>,
            },
            {
              title: t('campaigns.entry.warnings'),
              key: 'w',
              render: (_, e) => (e.warnings.length ? e.warnings.map((w) => word(w)).join(' · ') : ''),
            },
          ]}
        />
      </Card>
    </div>
  );
}
