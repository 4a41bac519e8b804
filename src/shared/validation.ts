import { z } from 'zod';
import type { FieldError, Lang } from './errors.ts';

/** At most this many `*` gaps in one admin keyword: each gap widens every scan of every intake text. */
export const KEYWORD_MAX_GAPS = 3;

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
  claim_basis_required: { zh: '手工填写追偿金额时须说明依据', en: 'An amount stated by hand needs its basis' },
  claim_no_loss: {
    zh: '没有客户已接受的赔付方案可作追偿依据，请手工填写损失金额与依据',
    en: 'No accepted remedy to base the claim on; state the loss and its basis by hand',
  },
  claim_agreed_above_claimed: { zh: '认可金额不能高于追偿金额', en: 'The agreed amount cannot exceed the amount claimed' },
  claim_recovered_above_agreed: { zh: '回款金额不能高于认可金额', en: 'The amount recovered cannot exceed the amount agreed' },
  claim_recovered_required: { zh: '请填写回款金额', en: 'Enter the amount recovered' },
  claim_reason_required: { zh: '拒赔或核销需要填写原因', en: 'A rejection or write-off needs a reason' },
  regulator_reply_in_future: { zh: '答复时间不能晚于现在', en: 'The reply cannot be later than now' },
  regulator_reply_before_referral: { zh: '答复时间不能早于监管转办时间', en: 'The reply cannot be earlier than the referral' },
  // issue 11, admin screens: the compensation rules, the remedy catalogue, evidence checklists
  multiple_two_decimals: { zh: '倍数最多两位小数', en: 'A multiple has at most two decimals' },
  exchange_window_order: { zh: '换货期限不能短于可选退换修期限', en: 'The exchange window cannot end before the choice window' },
  limit_above_agent: { zh: '须高于客服的权限额度', en: 'Must be above the agent limit' },
  limit_below_supervisor: { zh: '须低于主管的权限额度', en: 'Must be below the supervisor limit' },
  limit_above_supervisor: { zh: '须高于主管的权限额度', en: 'Must be above the supervisor limit' },
  remedy_kind_disabled: { zh: '本公司方案目录未启用此类方案', en: 'This kind of remedy is not offered in the company’s catalogue' },
  catalogue_kind_duplicate: { zh: '方案类型重复', en: 'This remedy kind is listed twice' },
  catalogue_kind_missing: { zh: '方案目录须列出全部方案类型', en: 'The catalogue must list every remedy kind' },
  checklist_code_duplicate: { zh: '证据项编码重复', en: 'This item code is used twice' },
  checklist_code_invalid: { zh: '编码只能由小写字母、数字和下划线组成', en: 'Use lowercase letters, digits and underscores' },
  approved_remedy_required: { zh: '处理方案尚未审批通过，不能提交客户确认', en: 'The remedy is not approved yet; it cannot be put to the customer' },
  // Execution 执行 (issue 11 item 7)
  open_actions: { zh: '还有未完成的执行项：办结、标记失败或取消后才能解决', en: 'Open actions remain: complete, fail or cancel them before resolving' },
  action_amount_required: { zh: '涉及金额的执行项需要填写金额（分）', en: 'This action needs an amount (fen)' },
  action_repair_required: { zh: '维修需要填写维修记录：故障原因与维修方法', en: 'A repair needs its record: the fault and the repair method' },
  action_unknown: { zh: '该工单没有此执行项', en: 'No such action on this case' },
  action_kind_unknown: { zh: '未知的执行项类型', en: 'Unknown kind of action' },
  // Cost ledger 成本台账 (issue 11 item 10).
  month_invalid: { zh: '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM' },
  fen_integer: { zh: '金额须为整数（单位：分）', en: 'Amounts are whole numbers of fen' },
  cost_amount_zero: { zh: '金额不能为零', en: 'The amount cannot be zero' },
  cost_amount_sign: { zh: '追偿回款记为负数，其他成本记为正数', en: 'A recovery is negative; every other cost is positive' },
  cost_amount_too_large: { zh: '单笔金额超出上限（¥10,000,000）', en: 'One entry cannot exceed ¥10,000,000' },
  budget_scope_key: { zh: '公司预算不指定类别或部门', en: 'A company budget names no category or department' },
  report_range_invalid: { zh: '结束月份不能早于开始月份，且最多 24 个月', en: 'The end month cannot be before the start, and at most 24 months' },
  labour_minutes_invalid: { zh: '工时须为 1 至 10080 分钟的整数', en: 'Minutes must be a whole number from 1 to 10,080' },
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
  id_invalid: { zh: '不是有效的编号', en: 'Not a valid id' },
  // Customer portal.
  case_number_invalid: { zh: '投诉编号格式不对，例如 TS20261207-0001', en: 'Not a complaint number; it looks like TS20261207-0001' },
  code_invalid: { zh: '请输入短信中的 6 位数字验证码', en: 'Enter the 6-digit code from the text message' },
  code_wrong: { zh: '验证码错误或已失效，请重新获取', en: 'The code is wrong or no longer valid; ask for a new one' },
  amount_invalid: { zh: '请输入金额（元），最多两位小数', en: 'Enter an amount in yuan, with at most two decimals' },
  store_unknown: { zh: '门店不存在或已停用', en: 'Unknown or inactive store' },
  keyword_gaps: {
    zh: `关键词最多含 ${KEYWORD_MAX_GAPS} 个 *（每个 * 代表最多 4 个字）`,
    en: `A keyword has at most ${KEYWORD_MAX_GAPS} * gaps (each stands for up to 4 characters)`,
  },
} as const;
export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

const locales = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

type IssueLike = { code: string; path: PropertyKey[]; message: string } & Record<string, unknown>;

// The names a person reads for JSON's types: "text", not zod's "string".
const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'number' },
  int: { zh: '整数', en: 'whole number' },
  bigint: { zh: '整数', en: 'whole number' },
  boolean: { zh: '是/否', en: 'true or false' },
  array: { zh: '数组', en: 'array' },
  object: { zh: '对象', en: 'object' },
  null: { zh: '空值', en: 'null' },
  date: { zh: '日期', en: 'date' },
};

/** The JSON type of a value as a client sent it. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(type: string, lang: Lang): string {
  return TYPE_NAMES[type]?.[lang] ?? type;
}

/**
 * An issue may carry the value that failed (`input`): the HTTP layer looks it up in the request, since
 * zod drops it from issues. Without it, zod's own text says "received undefined" for a number or an array.
 */
export function localizeIssue(issue: IssueLike, lang: Lang): string {
  const own = FIELD_MESSAGES[issue.message as FieldMessageKey];
  if (own) return own[lang];
  if (issue.code === 'invalid_type') {
    const missing = 'input' in issue ? issue.input === undefined : / received undefined$/.test(issue.message);
    if (missing) return FIELD_MESSAGES.required[lang];
    if (typeof issue.expected === 'string' && 'input' in issue) {
      const expected = typeName(issue.expected, lang);
      const received = typeName(jsonTypeOf(issue.input), lang);
      return lang === 'zh' ? `应为${expected}，实际收到${received}` : `Expected ${expected}, received ${received}`;
    }
  }
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

// A UUID as PostgreSQL reads one: anything else sent for an id would fail in the database instead of
// being refused as a bad field.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
/** The one schema for ids in paths, queries and bodies. */
export const Uuid = z.uuid({ error: (issue) => (issue.code === 'invalid_format' ? 'id_invalid' : undefined) });

/** A trimmed, non-blank string (agents paste text with stray whitespace). */
export const nonBlank = (max: number) => z.string().trim().min(1, { error: 'blank' }).max(max);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
