import { useEffect, useRef, useState } from 'react';
import dayjs from 'dayjs';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Result, Select, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../api/client.ts';
import { portalLogout, startWechatBind, useAnswerCaseSurvey, useNotificationSettings, usePortalOptions, useSaveNotificationSettings, useAnswerRemedy, usePortalCase, useSendMessage, useUnbindWechat, useUploadPhoto, type PortalCase } from './api.ts';
import { SATISFACTION_LEVELS, type SatisfactionLevel } from '../api/callbacks.ts';
import { SURVEY_TEXT } from './survey/i18n.ts';
import { usePortalI18n, yuan, type PortalT } from './i18n.ts';
import type { Language } from '../i18n/index.ts';
import { LimitDates } from './limits.tsx';

const STAGE_COLOR: Record<PortalCase['stage'], string> = { received: 'blue', in_progress: 'processing', your_answer: 'orange', done: 'green' };

const eventText = (e: PortalCase['timeline'][number], t: PortalT, lang: Language): { title: string; body?: string } => {
  switch (e.kind) {
    case 'filed':
      return { title: t('event.filed') };
    case 'status':
      return { title: e.label };
    case 'reply':
      return e.from === 'customer' ? { title: t('event.reply.customer'), body: e.body } : { title: `${t('event.reply.staff')}${e.name ? ` · ${e.name}` : ''}`, body: e.body };
    case 'photo':
      return { title: t('event.photo', { name: e.filename }) };
    case 'remedy_offered':
      return { title: t('event.remedy_offered', { amount: yuan(e.totalFen) }) };
    case 'remedy_answered':
      return { title: t(`event.remedy_answered.${e.answer}`) };
    case 'resolved':
      return { title: t('event.resolved') };
    case 'rated':
      return { title: t(e.via === 'survey' ? 'event.rated.survey' : 'event.rated.call', { level: SURVEY_TEXT[lang][e.overall] }), ...(e.comment ? { body: e.comment } : {}) };
  }
};

/** The offer waiting for the customer: accept, ask for something else (words and/or yuan), or decline. */
const OfferCard = ({ c }: { c: PortalCase }) => {
  const { t } = usePortalI18n();
  const answer = useAnswerRemedy(c.caseNumber);
  const [mode, setMode] = useState<'counter' | 'reject' | null>(null);
  const [form] = Form.useForm<{ counterOffer?: string; counterOfferYuan?: string; note?: string }>();
  if (!c.offer) return null;
  const send = (v: { counterOffer?: string; counterOfferYuan?: string; note?: string }) =>
    answer.mutate(
      mode === 'counter'
        ? { answer: 'countered', counterOffer: v.counterOffer || null, counterOfferYuan: v.counterOfferYuan || null }
        : { answer: 'rejected', note: v.note || null },
    );
  return (
    <Card title={t('case.offer')} style={{ marginBottom: 12, borderColor: '#fa8c16' }} data-testid="offer">
      <Descriptions size="small" column={1}>
        {c.offer.items.map((i, n) => (
          <Descriptions.Item key={`${i.kind}-${n}`} label={i.label}>
            {i.amountFen !== null ? yuan(i.amountFen) : '—'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('case.offerTotal')}>
          <Typography.Text strong data-testid="offer-total">{yuan(c.offer.totalFen)}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {answer.error ? <Alert type="error" title={isApiError(answer.error) ? answer.error.message : t('error.retry')} style={{ margin: '8px 0' }} /> : null}
      {mode === null ? (
        <Flex vertical gap={8}>
          <Button type="primary" size="large" block loading={answer.isPending} onClick={() => answer.mutate({ answer: 'accepted' })} data-testid="accept">
            {t('case.accept')}
          </Button>
          <Button block onClick={() => setMode('counter')} data-testid="counter">{t('case.counter')}</Button>
          <Button block danger onClick={() => setMode('reject')} data-testid="reject">{t('case.reject')}</Button>
        </Flex>
      ) : (
        <Form form={form} layout="vertical" onFinish={send}>
          {mode === 'counter' ? (
            <>
              <Form.Item name="counterOffer" label={t('case.counterText')}>
                <Input.TextArea rows={2} maxLength={1000} data-testid="counter-text" />
              </Form.Item>
              <Form.Item name="counterOfferYuan" label={t('case.counterAmount')}>
                <Input inputMode="decimal" prefix="¥" data-testid="counter-amount" />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="note" label={t('case.rejectNote')}>
              <Input.TextArea rows={2} maxLength={1000} data-testid="reject-note" />
            </Form.Item>
          )}
          <Flex gap={8}>
            <Button onClick={() => setMode(null)} style={{ flex: 1 }}>{t('case.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={answer.isPending} style={{ flex: 1 }} data-testid="send-answer">{t('case.sendAnswer')}</Button>
          </Flex>
        </Form>
      )}
    </Card>
  );
};

/** The satisfaction survey of a resolved case (回访, seed 004's five levels), answered here or through its link. */
const SurveyCard = ({ c }: { c: PortalCase }) => {
  const { lang } = usePortalI18n();
  const tx = SURVEY_TEXT[lang];
  const answer = useAnswerCaseSurvey(c.caseNumber);
  const [overall, setOverall] = useState<SatisfactionLevel | null>(null);
  const [comment, setComment] = useState('');
  if (!c.surveyOpen) return null;
  return (
    <Card title={tx.title} style={{ marginBottom: 12, borderColor: '#1677ff' }} data-testid="case-survey">
      <Typography.Paragraph strong>{tx.overall}</Typography.Paragraph>
      <Flex vertical gap={8}>
        {SATISFACTION_LEVELS.map((l) => (
          <Button key={l} block size="large" type={overall === l ? 'primary' : 'default'} aria-pressed={overall === l} onClick={() => setOverall(l)} data-testid={`case-survey-${l}`}>
            {tx[l]}
          </Button>
        ))}
      </Flex>
      <Input.TextArea rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} placeholder={tx.comment} style={{ marginTop: 12 }} data-testid="case-survey-comment" />
      {answer.error ? <Alert type="error" title={isApiError(answer.error) ? answer.error.message : tx.error} style={{ marginTop: 8 }} /> : null}
      <Button
        type="primary"
        size="large"
        block
        style={{ marginTop: 12 }}
        disabled={!overall}
        loading={answer.isPending}
        onClick={() => overall && answer.mutate({ overall, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
        data-testid="case-survey-submit"
      >
        {tx.submit}
      </Button>
    </Card>
  );
};

/** What WeChat's return to this page said (?wechat=bound or ?wechat=error&reason=…&errcode=…), in customer words. */
const wechatReturnText = (params: URLSearchParams, t: PortalT): { ok: boolean; text: string } | null => {
  const flag = params.get('wechat');
  if (flag === 'bound') return { ok: true, text: t('notify.wechat.done') };
  if (flag !== 'error') return null;
  const reason = params.get('reason');
  if (reason === 'wechat') {
    const errcode = params.get('errcode');
    return { ok: false, text: errcode && /^-?\d+$/.test(errcode) ? t('notify.wechat.error.wechat', { errcode }) : t('notify.wechat.error.network') };
  }
  if (reason === 'denied' || reason === 'unavailable' || reason === 'customer') return { ok: false, text: t(`notify.wechat.error.${reason}`) };
  return { ok: false, text: t('notify.wechat.error.state') };
};

/**
 * Linking WeChat (mostly used inside WeChat's own browser): the button opens WeChat's confirmation, which
 * comes back to this page with the outcome; once linked, the customer can unlink.
 */
const WechatLink = ({ caseNumber, hasWechat }: { caseNumber: string; hasWechat: boolean }) => {
  const { t } = usePortalI18n();
  const options = usePortalOptions(null);
  const unbind = useUnbindWechat();
  const [params, setParams] = useSearchParams();
  const [returned, setReturned] = useState(() => wechatReturnText(params, t));
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // The flag is read once (a reload does not say it again), and the outcome is brought into view.
  useEffect(() => {
    if (params.has('wechat')) setParams({}, { replace: true });
  }, [params, setParams]);
  useEffect(() => {
    if (returned) box.current?.scrollIntoView({ block: 'center' });
  }, [returned]);
  const start = async () => {
    setStarting(true);
    setStartError(null);
    setReturned(null);
    try {
      const { authorizeUrl } = await startWechatBind(caseNumber);
      window.location.assign(authorizeUrl);
    } catch (e) {
      setStartError(isApiError(e) ? e.message : t('error.retry'));
      setStarting(false);
    }
  };
  return (
    <div ref={box}>
      <Flex vertical gap={8} data-testid="notify-wechat">
        {returned ? <Alert type={returned.ok ? 'success' : 'error'} title={returned.text} data-testid="notify-wechat-result" /> : null}
        {hasWechat ? (
          <Flex align="center" gap={8} wrap>
            <Typography.Text type="success" style={{ flex: 1 }} data-testid="notify-wechat-bound">{t('notify.wechat.bound')}</Typography.Text>
            <Button size="small" danger loading={unbind.isPending} onClick={() => {
                setReturned(null);
                unbind.mutate();
              }} data-testid="notify-wechat-unbind">
              {t('notify.wechat.unbind')}
            </Button>
          </Flex>
        ) : options.data?.wechatBind ? (
          <>
            <Button type="primary" size="large" block loading={starting} onClick={start} style={{ background: '#07c160' }} data-testid="notify-wechat-bind">
              {t('notify.wechat.bind')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('notify.wechat.bindHint')}</Typography.Text>
          </>
        ) : null}
        {startError ? <Alert type="error" title={startError} /> : null}
        {unbind.error ? <Alert type="error" title={isApiError(unbind.error) ? unbind.error.message : t('error.retry')} /> : unbind.isSuccess ? <Typography.Text type="success">{t('notify.wechat.unbound')}</Typography.Text> : null}
      </Flex>
    </div>
  );
};

/** How the customer hears of their cases: a preferred channel with an address on record, or no progress messages (rule 24). */
const NotifyCard = ({ caseNumber }: { caseNumber: string }) => {
  const { t } = usePortalI18n();
  const q = useNotificationSettings();
  const save = useSaveNotificationSettings();
  if (!q.data) return null;
  const s = q.data;
  const options = [
    { value: 'default', label: t('notify.channel.default') },
    { value: 'sms', label: t('notify.channel.sms') },
    ...(s.hasEmail ? [{ value: 'email', label: t('notify.channel.email') }] : []),
    ...(s.hasWechat ? [{ value: 'wechat', label: t('notify.channel.wechat') }] : []),
  ];
  return (
    <Card size="small" title={t('notify.title')} style={{ marginBottom: 12 }} data-testid="notify">
      <Flex vertical gap={8}>
        <Flex align="center" gap={8}>
          <Typography.Text>{t('notify.channel')}</Typography.Text>
          <Select
            style={{ flex: 1 }}
            value={s.preferredChannel ?? 'default'}
            options={options}
            disabled={s.optOut}
            onChange={(v: string) => save.mutate({ preferredChannel: v === 'default' ? null : (v as 'sms' | 'email' | 'wechat') })}
            data-testid="notify-channel"
          />
        </Flex>
        <WechatLink caseNumber={caseNumber} hasWechat={s.hasWechat} />
        <Checkbox checked={s.optOut} onChange={(e) => save.mutate({ optOut: e.target.checked })} data-testid="notify-opt-out">
          {t('notify.optOut')}
        </Checkbox>
        {save.error ? <Alert type="error" title={isApiError(save.error) ? save.error.message : t('error.retry')} /> : save.isSuccess ? <Typography.Text type="success">{t('notify.saved')}</Typography.Text> : null}
      </Flex>
    </Card>
  );
};

/** One of the customer's cases: progress in plain words, the limits, the offer, the timeline, a message or photo. */
export const CasePage = () => {
  const { caseNumber = '' } = useParams();
  const { t, lang } = usePortalI18n();
  const navigate = useNavigate();
  const q = usePortalCase(caseNumber);
  const message = useSendMessage(caseNumber);
  const photo = useUploadPhoto(caseNumber);
  const [text, setText] = useState('');

  if (q.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (q.error) {
    const status = isApiError(q.error) ? q.error.status : 0;
    if (status === 401) {
      return (
        <Result status="info" title={t('follow.heading')} extra={<Link to={`/portal/follow?case=${encodeURIComponent(caseNumber)}`}><Button type="primary">{t('follow.send')}</Button></Link>} />
      );
    }
    return <Result status={status === 404 ? '404' : 'error'} title={status === 404 ? t('notFound') : t('error.retry')} />;
  }
  const c = q.data;
  return (
    <div data-testid="portal-case">
      <Card style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{c.caseNumber}</Typography.Text>
        <Typography.Title level={4} style={{ margin: '4px 0 8px' }}>
          <Tag color={STAGE_COLOR[c.stage]} style={{ fontSize: 15, padding: '2px 8px' }} data-testid="status">
            {c.statusLabel}
          </Tag>
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('case.filedAt')} {dayjs(c.filedAt).format('YYYY-MM-DD HH:mm')}
        </Typography.Text>
        {c.limits.length ? (
          <div style={{ marginTop: 12 }}>
            <LimitDates limits={c.limits} />
          </div>
        ) : null}
      </Card>
      <OfferCard c={c} />
      <SurveyCard c={c} />
      <Card title={t('case.timeline')} style={{ marginBottom: 12 }}>
        <Timeline
          items={[...c.timeline].reverse().map((e, i) => {
            const x = eventText(e, t, lang);
            return {
              key: `${e.kind}-${i}`,
              content: (
                <div data-testid="timeline-item">
                  <Typography.Text strong>{x.title}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(e.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                  {x.body ? <Typography.Paragraph style={{ marginTop: 4, marginBottom: 0, whiteSpace: 'pre-wrap' }}>{x.body}</Typography.Paragraph> : null}
                </div>
              ),
            };
          })}
        />
      </Card>
      <Card title={t('case.message')} style={{ marginBottom: 12 }}>
        <Input.TextArea rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('case.messagePlaceholder')} data-testid="message" />
        {message.error ? <Alert type="error" title={isApiError(message.error) ? message.error.message : t('error.retry')} style={{ marginTop: 8 }} /> : null}
        <Button type="primary" block style={{ marginTop: 8 }} disabled={!text.trim()} loading={message.isPending} onClick={() => message.mutate(text.trim(), { onSuccess: () => setText('') })} data-testid="send-message">
          {t('case.sendMessage')}
        </Button>
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('case.addPhoto')}</Typography.Text>
          <br />
          <input type="file" accept="image/*" onChange={(e) => { const f = e.target.files?.[0]; if (f) photo.mutate(f); e.target.value = ''; }} data-testid="case-photo" />
          {photo.error ? <Alert type="error" title={isApiError(photo.error) ? photo.error.message : t('error.retry')} style={{ marginTop: 8 }} /> : null}
        </div>
      </Card>
      <Card size="small" title={t('case.yourComplaint')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={1}>
          {c.waybillNo ? <Descriptions.Item label={t('case.waybill')}>{c.waybillNo}</Descriptions.Item> : null}
          {c.orderNo ? <Descriptions.Item label={t('case.order')}>{c.orderNo}</Descriptions.Item> : null}
          {c.store ? <Descriptions.Item label={t('case.store')}>{c.store}</Descriptions.Item> : null}
          {c.demand ? <Descriptions.Item label={t('case.demand')}>{c.demand}</Descriptions.Item> : null}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{c.description}</Typography.Paragraph>
      </Card>
      {c.verified ? (
        <NotifyCard caseNumber={c.caseNumber} />
      ) : (
        // Right after filing the phone is not proved yet: its owner's settings stay theirs to change.
        <Card size="small" title={t('notify.title')} style={{ marginBottom: 12 }} data-testid="notify-verify-first">
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('notify.verifyFirst')}</Typography.Paragraph>
          <Link to={`/portal/follow?case=${encodeURIComponent(c.caseNumber)}`}>{t('filed.view')}</Link>
        </Card>
      )}
      <Button block type="text" onClick={async () => { await portalLogout(); navigate('/portal/follow'); }}>
        {t('case.signOut')}
      </Button>
    </div>
  );
};
