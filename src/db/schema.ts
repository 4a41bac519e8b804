export * from '../modules/users/user.table.ts';
export * from '../modules/customers/customer.table.ts';
export * from '../modules/cases/case.table.ts';
export * from '../modules/attachments/attachment.table.ts';
