// The message templates a new install starts with, per event × channel × language; an administrator's own
// template (message_templates) replaces one. Wording differs by industry where a customer would notice
// (a waybill for parcels, an order for shops).
import type { CustomerChannel, CustomerEvent, MessageLanguage } from './outbox.types.ts';

export type TemplateText = { subject: string | null; body: string };
type Texts = Record<MessageLanguage, { subject: string; short: string; long: string }>;

// `short` is the SMS / WeChat text, `long` the email body; the subject is the email's.
const BASE: Record<CustomerEvent, Texts> = {
  received: {
    zh: {
      subject: '您的投诉已受理（{{caseNumber}}）',
      short: '您的投诉已受理，单号{{caseNumber}}。我们将在{{firstResponseDue}}前首次答复，{{resolveDue}}前处理完毕。查询进度：{{link}}',
      long: '您好：\n\n您的投诉已受理，单号 {{caseNumber}}。\n按我们公示的处理时限，将在 {{firstResponseDue}} 前首次答复您，{{resolveDue}} 前处理完毕。\n\n查询进度：{{link}}\n',
    },
    en: {
      subject: 'Your complaint {{caseNumber}} has been received',
      short: 'Your complaint {{caseNumber}} is received. First reply by {{firstResponseDue}}, resolved by {{resolveDue}}. Follow it: {{link}}',
      long: 'Hello,\n\nyour complaint has been received as {{caseNumber}}.\nUnder our published time limits you will hear from us by {{firstResponseDue}} and it will be resolved by {{resolveDue}}.\n\nFollow it here: {{link}}\n',
    },
  },
  // Neutral on purpose: a customer is never told which internal department holds the case.
  assigned: {
    zh: {
      subject: '您的投诉 {{caseNumber}} 已由专人跟进',
      short: '您的投诉{{caseNumber}}已由专人跟进处理，我们会尽快联系您。查询进度：{{link}}',
      long: '您好：\n\n您的投诉 {{caseNumber}} 已由专人跟进处理，我们会尽快联系您。\n\n查询进度：{{link}}\n',
    },
    en: {
      subject: 'Your complaint {{caseNumber}} is being followed up',
      short: 'A dedicated team member is following up your complaint {{caseNumber}}; we will be in touch soon. Follow it: {{link}}',
      long: 'Hello,\n\na dedicated team member is following up your complaint {{caseNumber}}; we will be in touch soon.\n\nFollow it here: {{link}}\n',
    },
  },
  progress_reply: {
    zh: {
      subject: '您的投诉 {{caseNumber}} 有新进展',
      short: '您的投诉{{caseNumber}}有新进展：{{reply}} 详情：{{link}}',
      long: '您好：\n\n您的投诉 {{caseNumber}} 有新进展：\n\n{{reply}}\n\n详情：{{link}}\n',
    },
    en: {
      subject: 'News on your complaint {{caseNumber}}',
      short: 'News on your complaint {{caseNumber}}: {{reply}} Details: {{link}}',
      long: 'Hello,\n\nthere is news on your complaint {{caseNumber}}:\n\n{{reply}}\n\nDetails: {{link}}\n',
    },
  },
  remedy_offered: {
    zh: {
      subject: '关于投诉 {{caseNumber}} 的处理方案',
      short: '针对您的投诉{{caseNumber}}，我们提出处理方案：{{remedy}}。请在此确认：{{link}}',
      long: '您好：\n\n针对您的投诉 {{caseNumber}}，我们提出以下处理方案：\n\n{{remedy}}\n\n请在此接受、还价或拒绝：{{link}}\n',
    },
    en: {
      subject: 'Our offer on your complaint {{caseNumber}}',
      short: 'For your complaint {{caseNumber}} we offer: {{remedy}}. Please answer here: {{link}}',
      long: 'Hello,\n\nfor your complaint {{caseNumber}} we offer:\n\n{{remedy}}\n\nPlease accept, counter or decline here: {{link}}\n',
    },
  },
  remedy_executed: {
    zh: {
      subject: '投诉 {{caseNumber}} 的处理方案已执行',
      short: '您的投诉{{caseNumber}}的处理方案已执行：{{remedy}}。详情：{{link}}',
      long: '您好：\n\n您的投诉 {{caseNumber}} 的处理方案已执行：{{remedy}}。\n\n详情：{{link}}\n',
    },
    en: {
      subject: 'The remedy for {{caseNumber}} has been carried out',
      short: 'The remedy for your complaint {{caseNumber}} has been carried out: {{remedy}}. Details: {{link}}',
      long: 'Hello,\n\nthe remedy for your complaint {{caseNumber}} has been carried out: {{remedy}}.\n\nDetails: {{link}}\n',
    },
  },
  resolved: {
    zh: {
      subject: '您的投诉 {{caseNumber}} 已处理完毕',
      short: '您的投诉{{caseNumber}}已处理完毕，感谢您的耐心。如有疑问请回复或查看：{{link}}',
      long: '您好：\n\n您的投诉 {{caseNumber}} 已处理完毕，感谢您的耐心。\n如仍有疑问，请通过以下链接联系我们：{{link}}\n',
    },
    en: {
      subject: 'Your complaint {{caseNumber}} is resolved',
      short: 'Your complaint {{caseNumber}} is resolved. Thank you for your patience. Questions: {{link}}',
      long: 'Hello,\n\nyour complaint {{caseNumber}} is resolved. Thank you for your patience.\nIf anything is still open, reach us here: {{link}}\n',
    },
  },
  survey: {
    zh: {
      subject: '请评价投诉 {{caseNumber}} 的处理',
      short: '您的投诉{{caseNumber}}已处理完毕，请花1分钟评价我们的处理：{{link}}',
      long: '您好：\n\n您的投诉 {{caseNumber}} 已处理完毕。请花 1 分钟评价处理结果、服务态度和处理效率：\n\n{{link}}\n',
    },
    en: {
      subject: 'How did we handle {{caseNumber}}?',
      short: 'Your complaint {{caseNumber}} is resolved. Please rate how we handled it (1 minute): {{link}}',
      long: 'Hello,\n\nyour complaint {{caseNumber}} is resolved. Please take a minute to rate the outcome, our attitude and our speed:\n\n{{link}}\n',
    },
  },
  otp: {
    zh: {
      subject: '您的验证码',
      short: '您的验证码为{{code}}，{{minutes}}分钟内有效。请勿告诉他人。',
      long: '您的验证码为 {{code}}，{{minutes}} 分钟内有效。请勿告诉他人。\n',
    },
    en: {
      subject: 'Your verification code',
      short: 'Your verification code is {{code}}, valid for {{minutes}} minutes. Do not share it.',
      long: 'Your verification code is {{code}}, valid for {{minutes}} minutes. Do not share it.\n',
    },
  },
};

// Shops and fresh-food sellers speak of orders, not waybills; the received text says what to keep at hand.
const PRESET_OVERRIDES: Partial<Record<string, Partial<Record<CustomerEvent, Partial<Record<MessageLanguage, Partial<Texts[MessageLanguage]>>>>>>> = {
  supermarket: {
    received: {
      zh: { short: '您的投诉已受理，单号{{caseNumber}}，请保留购物小票。我们将在{{firstResponseDue}}前首次答复，{{resolveDue}}前处理完毕。查询：{{link}}' },
      en: { short: 'Your complaint {{caseNumber}} is received; please keep your receipt. First reply by {{firstResponseDue}}, resolved by {{resolveDue}}. Follow: {{link}}' },
    },
  },
  'fresh-food': {
    received: {
      zh: { short: '您的投诉已受理，单号{{caseNumber}}，请保留商品及照片。我们将在{{firstResponseDue}}前首次答复，{{resolveDue}}前处理完毕。查询：{{link}}' },
      en: { short: 'Your complaint {{caseNumber}} is received; please keep the goods and photos. First reply by {{firstResponseDue}}, resolved by {{resolveDue}}. Follow: {{link}}' },
    },
  },
};

/** The built-in template of an event on a channel in a language, for the company's industry preset. */
export function defaultTemplate(event: CustomerEvent, channel: CustomerChannel, language: MessageLanguage, preset: string | null): TemplateText {
  const t = { ...BASE[event][language], ...(preset ? PRESET_OVERRIDES[preset]?.[event]?.[language] : undefined) };
  return channel === 'email' ? { subject: t.subject, body: t.long } : { subject: null, body: t.short };
}
