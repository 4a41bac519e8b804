export * from '../modules/users/user.table.ts';
export * from '../modules/customers/customer.table.ts';
export * from '../modules/cases/case.table.ts';
export * from '../modules/attachments/attachment.table.ts';
export * from '../modules/settings/settings.table.ts';
export * from '../modules/routing/routing.table.ts';
export * from '../modules/sla/sla.table.ts';
export * from '../modules/notifications/notification.table.ts';
export * from '../modules/triage/triage.table.ts';
export * from '../modules/taxonomy/taxonomy.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/partners/partner.table.ts';
export * from '../modules/resolution/resolution.table.ts';
export * from '../modules/investigation/investigation.table.ts';
// issue 11 items 8–9: replies to the regulator (time limits) and recovery claims.
export * from '../modules/sla/regulator-reply.table.ts';
export * from '../modules/claims/claim.table.ts';
