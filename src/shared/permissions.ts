// The one permissions table. Every route and service asks `can(role, permission)`.

export const ROLES = ['agent', 'handler', 'supervisor', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  agent: { zh: '客服', en: 'Agent' },
  handler: { zh: '部门处理人', en: 'Department handler' },
  supervisor: { zh: '主管', en: 'Supervisor' },
  manager: { zh: '经理', en: 'Manager' },
  admin: { zh: '管理员', en: 'Administrator' },
};

const ALL: readonly Role[] = ROLES;

export const PERMISSIONS = {
  'case.create': ['agent', 'supervisor', 'manager', 'admin'],
  'case.read': ALL,
  /** Without it a user sees only the cases of their own department. */
  'case.read.all_departments': ['agent', 'supervisor', 'manager', 'admin'],
  'case.update': ALL,
  'case.transition': ALL,
  /** Lowering priority or urgency moves a case to a slower time limit: a supervisor's call (anyone may raise it). */
  'case.priority.lower': ['supervisor', 'manager', 'admin'],
  'case.merge': ['agent', 'supervisor', 'manager', 'admin'],
  'case.comment': ALL,
  'attachment.upload': ALL,
  /** Hiding an evidence file (never deleting it) is an administrator's decision. */
  'attachment.hide': ['admin'],
  /** Investigation tasks, evidence and 定责; a handler acts only on their department's cases and tasks. */
  'investigation.write': ALL,
  'customer.read': ALL,
  /** Handlers see 138****1234; front desk and management call customers back. */
  'customer.phone.view': ['agent', 'supervisor', 'manager', 'admin'],
  // The customer's message settings (channel, language, opt-out, email) changed on their word by phone.
  'customer.contact.edit': ['agent', 'supervisor', 'manager', 'admin'],
  'directory.read': ALL,
  'triage.suggest': ALL,
  /** The escalations view: everyone who may be escalated to, and the front desk that answers the customer. */
  'escalations.read': ['agent', 'supervisor', 'manager', 'admin'],
  /** Calculating and proposing a remedy (any role that works a case; the amount decides who approves). */
  'remedy.propose': ALL,
  /** Acting on an approval chain: the approvals inbox 待审批. */
  'remedy.approve': ['supervisor', 'manager', 'admin'],
  /** Execution 执行: completing or failing an action (a handler: only their department's). */
  'execution.act': ALL,
  /** Adding actions for any department and cancelling them. */
  'execution.manage': ['agent', 'supervisor', 'manager', 'admin'],
  /** Cost ledger 成本台账: logging one's handling labour on a case one may work (any role). */
  'costs.labour': ALL,
  /** Manual entries and reversing entries (corrections) on a case's costs. */
  'costs.post': ['supervisor', 'manager', 'admin'],
  /** The ledger across cases and the budget-against-actual report. */
  'costs.read': ['supervisor', 'manager', 'admin'],
  /** Setting the monthly budgets. */
  'costs.budget': ['manager', 'admin'],
  /** Accountability 考核: the summary and everyone's rewards and penalties (without it: only one's own records). */
  'accountability.read': ['supervisor', 'manager', 'admin'],
  /** Recording a reward or penalty; which kinds a supervisor may record is decided in accountability.rules.ts. */
  'accountability.record': ['supervisor', 'manager', 'admin'],
  'case.collaborators': ['agent', 'supervisor', 'manager', 'admin'],
  /** Recovery claims 追偿: calculating and filing (a handler only on their own department's case). */
  'claim.file': ALL,
  /** Recording the partner's answer and payment, writing off; the claims list 追偿管理 with its totals. */
  'claim.manage': ['supervisor', 'manager', 'admin'],
  /** Recording a reply to the regulator (12305 / 12315) on a case the user may see. */
  'regulator.reply': ALL,
  /** Satisfaction callbacks 回访: the callback queue and recording a call's outcome (the front desk calls customers back). */
  'callback.work': ['agent', 'supervisor', 'manager', 'admin'],
  /** The satisfaction figures (seed 004's rate). */
  'callback.stats': ['supervisor', 'manager', 'admin'],
  'admin.config': ['admin'],
  'admin.users': ['admin'],
  'admin.departments': ['admin'],
  /** The administration's audit log (who changed users, departments, configuration). */
  'admin.audit': ['admin'],
  /** Personal data (rules 27–29): a customer's export and erasure, retention periods, the record of phone reads. */
  'admin.privacy': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
