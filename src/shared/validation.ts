import { z } from 'zod';
import type { FieldError, Lang } from './errors.ts';

// Domain messages for fields: a schema says `{ error: 'phone_invalid' }` and each language gets its own text.
export const FIELD_MESSAGES = {
  required: { zh: '必填', en: 'Required' },
  phone_invalid: {
    zh: '请输入有效的中国大陆手机号或固定电话',
    en: 'Enter a valid mainland China mobile or landline number',
  },
  blank: { zh: '不能为空', en: 'Must not be blank' },
  date_invalid: { zh: '不是有效的日期', en: 'Not a valid date' },
  unknown_field: { zh: '不能通过此操作修改该字段', en: 'This field cannot be changed here' },
  text_unstorable: {
    zh: '含有无法保存的字符（如 NUL 控制字符或残缺的 Unicode 字符）',
    en: 'Contains a character that cannot be stored (a NUL control character or broken Unicode)',
  },
  reason_required: { zh: '此操作需要填写原因', en: 'This move needs a reason' },
  reassign_reason_required: {
    zh: '改派需要填写原因（原部门或处理人将看到）',
    en: 'Reassigning needs a reason (the previous department or member will see it)',
  },
  responsibility_required: {
    zh: '结案前须先确定根本原因与责任（定责）',
    en: 'Record the root cause and responsibility before resolving',
  },
  evidence_file_or_reason: {
    zh: '请关联一个证据文件，或填写无需此项的原因（二选一）',
    en: 'Link an evidence file or give the reason none is needed (one of the two)',
  },
  evidence_item_unknown: { zh: '该类别的证据清单中没有此项', en: 'Not an item of this category’s evidence checklist' },
  attachment_unknown: { zh: '该工单没有此文件，或文件已隐藏', en: 'No such file on this case, or it is hidden' },
  task_finished: { zh: '已完成或已取消的任务不能再修改', en: 'A done or cancelled task cannot be changed' },
  partner_kind_mismatch: { zh: '所选合作方的类型与责任方不符', en: 'The partner is not of the kind the responsible party names' },
  department_required: { zh: '分派需要指定处理部门', en: 'Assigning needs a department' },
  remedy_comment_required: { zh: '驳回需要填写意见', en: 'A rejection needs a comment' },
  remedy_amount_required: { zh: '涉及金额的方案项需要填写金额', en: 'This remedy item needs an amount' },
  remedy_amount_not_allowed: { zh: '该方案项不涉及金额', en: 'This remedy item carries no amount' },
  remedy_counter_required: { zh: '客户还价需要填写还价内容或金额', en: 'A counter-offer needs its text or amount' },
  remedy_due_required: { zh: '客户接受方案需要约定执行时限', en: 'An accepted remedy needs an execution deadline' },
  remedy_damage_parts: { zh: '损坏件数须在 1 与总件数之间', en: 'Damaged parts must be between 1 and the total' },
  remedy_fact_missing: { zh: '计算需要工单上的此项信息，请先补充', en: 'The calculation needs this fact on the case; fill it in first' },
  approved_remedy_required: { zh: '处理方案尚未审批通过，不能提交客户确认', en: 'The remedy is not approved yet; it cannot be put to the customer' },
  handler_needs_department: { zh: '部门处理人必须属于一个部门', en: 'A department handler needs a department' },
  category_unknown: { zh: '未知的投诉类别', en: 'Unknown category' },
  department_unknown: { zh: '部门不存在或已停用', en: 'Unknown or inactive department' },
  assignee_unknown: {
    zh: '处理人不存在、已停用或不属于该部门',
    en: 'Unknown or inactive assignee, or not in that department',
  },
  merge_target_invalid: { zh: '不能合并到该工单', en: 'Cannot merge into that case' },
  link_target_invalid: { zh: '找不到该工单，或不能关联到本工单自身', en: 'No such case, or it is this case itself' },
  // Accountability 考核 (issue 11 item 11)
  accountability_subject_required: { zh: '请选择奖惩对象（人员或部门）', en: 'Choose whom it concerns (a person or a department)' },
  accountability_amount_required: { zh: '奖金和罚款需要填写金额', en: 'A bonus or a fine needs its amount' },
  accountability_amount_not_allowed: { zh: '该奖惩类型不涉及金额', en: 'This kind carries no amount' },
  accountability_kind_not_allowed: {
    zh: '主管可记录表扬、批评教育和警告；奖金、荣誉证书、罚款和降职由经理决定',
    en: 'A supervisor records commendations, criticism and warnings; bonuses, honour certificates, fines and demotions are a manager’s decision',
  },
  accountability_person_department: { zh: '所选部门不是该人员所在部门', en: 'That person is not in that department' },
  accountability_case_unknown: { zh: '工单不存在', en: 'No such case' },
  accountability_self: { zh: '不能给自己记录奖惩', en: 'You cannot record a reward or penalty about yourself' },
  accountability_period_invalid: { zh: '结束日期不能早于开始日期，且期间不超过一年', en: 'The end cannot be before the start, and the period is at most a year' },
  partner_unknown: { zh: '承运商/供应商不存在或已停用', en: 'Unknown or inactive carrier or supplier' },
  promised_before_shipped: { zh: '承诺送达时间不能早于发货时间', en: 'The promised delivery time cannot be before the shipping time' },
  occurred_in_future: { zh: '发生时间不能晚于现在', en: 'The time it happened cannot be in the future' },
  idempotency_key_invalid: {
    zh: 'Idempotency-Key 须为 1–200 个可见字符',
    en: 'Idempotency-Key must be 1–200 visible characters',
  },
  cursor_invalid: { zh: '分页游标无效', en: 'Invalid pagination cursor' },
  username_taken: { zh: '用户名已存在', en: 'This username is taken' },
  code_taken: { zh: '编码已存在', en: 'This code is taken' },
  password_too_short: { zh: '密码至少 8 位', en: 'The password needs at least 8 characters' },
} as const;
export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

const locales = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

type IssueLike = { code: string; path: PropertyKey[]; message: string } & Record<string, unknown>;

export function localizeIssue(issue: IssueLike, lang: Lang): string {
  const own = FIELD_MESSAGES[issue.message as FieldMessageKey];
  if (own) return own[lang];
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return FIELD_MESSAGES.required[lang];
  const localized = locales[lang](issue as never);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}

export function issuesToFields(issues: readonly IssueLike[], lang: Lang, prefix?: string): FieldError[] {
  const at = (path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.');
  return issues.flatMap((i) =>
    // A field the payload may not carry is named itself, so a client sees which one to drop.
    i.code === 'unrecognized_keys' && Array.isArray(i.keys)
      ? i.keys.map((k) => ({ path: at([...i.path, String(k)]), message: FIELD_MESSAGES.unknown_field[lang] }))
      : [{ path: at(i.path), message: localizeIssue(i, lang) }],
  );
}

/** A trimmed, non-blank string (agents paste text with stray whitespace). */
export const nonBlank = (max: number) => z.string().trim().min(1, { error: 'blank' }).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
