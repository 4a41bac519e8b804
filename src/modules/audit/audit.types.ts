// The audit log's vocabulary, shared by the table, the service and the routes (routes never import a table).
export const AUDIT_ENTITIES = [
  'user',
  'department',
  'category',
  'routing_rule',
  'sla_policy',
  'calendar',
  'priority_rules',
  'preset',
  'cause',
  'stage',
  'callback_window',
  'partner',
  'resolution_settings',
  'execution_settings',
  // Cost ledger: budgets (managers, admin) and the labour rate (admin).
  'cost_budget',
  'cost_settings',
  // issue 11, admin screens
  'remedy_catalogue',
  'evidence_checklist',
  // Personal data (rules 27–29): a customer's export and erasure, the retention periods.
  'customer',
  'retention_policy',
  // Customer messages: templates, channel settings, a failed message sent again.
  'message_template',
  'notification_channel',
  'outbox_message',
  // Satisfaction callbacks: calls before a customer is recorded as unreachable.
  'callback_settings',
  // Stores / outlets whose QR codes open the portal.
  'store',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = ['created', 'updated', 'deactivated', 'deleted', 'applied', 'exported', 'erased'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type { AuditChanges } from '../../shared/audit-changes.ts';
