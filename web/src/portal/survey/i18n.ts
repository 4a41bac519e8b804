// The survey page's own small dictionary (customer-facing, zh/en); staff screens use web/src/i18n.
export type SurveyLang = 'zh' | 'en';

export const SURVEY_TEXT = {
  zh: {
    title: '服务满意度评价',
    intro: '您的投诉已处理完毕。请花 1 分钟评价我们的处理，帮助我们改进服务。',
    caseNumber: '投诉编号',
    category: '问题类型',
    resolvedOn: '处理完成日期',
    overall: '总体满意度',
    optional: '以下可选',
    result: '处理结果',
    attitude: '服务态度',
    efficiency: '处理效率',
    comment: '您的意见或建议（可选）',
    submit: '提交评价',
    chooseOverall: '请选择总体满意度',
    thanks: '感谢您的评价！',
    thanksDissatisfied: '很抱歉没能让您满意，我们会尽快再次联系您处理。',
    thanksSatisfied: '您的反馈已收到，祝您生活愉快。',
    notFound: '链接无效，请检查短信或消息中的链接是否完整。',
    unavailable: '该问卷已提交或已过期。',
    error: '提交失败，请稍后再试。',
    language: 'English',
    very_satisfied: '非常满意',
    satisfied: '满意',
    neutral: '一般',
    dissatisfied: '不满意',
    very_dissatisfied: '非常不满意',
  },
  en: {
    title: 'How did we do?',
    intro: 'Your complaint has been handled. Please take a minute to rate how we handled it.',
    caseNumber: 'Complaint number',
    category: 'Issue',
    resolvedOn: 'Handled on',
    overall: 'Overall satisfaction',
    optional: 'Optional',
    result: 'Result',
    attitude: 'Attitude of our staff',
    efficiency: 'Speed',
    comment: 'Comments or suggestions (optional)',
    submit: 'Send',
    chooseOverall: 'Please choose your overall satisfaction',
    thanks: 'Thank you for your feedback!',
    thanksDissatisfied: "We are sorry we did not satisfy you; we will contact you again shortly.",
    thanksSatisfied: 'Your feedback has been received.',
    notFound: 'This link is not valid; please check that the whole link from the message was opened.',
    unavailable: 'This survey was answered already or has expired.',
    error: 'Sending failed; please try again shortly.',
    language: '中文',
    very_satisfied: 'Very satisfied',
    satisfied: 'Satisfied',
    neutral: 'Neutral',
    dissatisfied: 'Dissatisfied',
    very_dissatisfied: 'Very dissatisfied',
  },
} as const;

export type SurveyKey = keyof (typeof SURVEY_TEXT)['zh'];

/** The customer's language from the browser (WeChat reports zh_CN), Chinese unless it says English. */
export const browserLang = (): SurveyLang => (typeof navigator !== 'undefined' && /^en/i.test(navigator.language) ? 'en' : 'zh');
