// The vocabulary of personal-data handling, shared by the table, the rules, the service and the routes.

/**
 * Rule 27: a retention period per kind of personal data, counted from a case's closure (contact data: from
 * the customer's last closure; phone reads: from the read).
 */
export const DATA_KINDS = ['case_text', 'attachments', 'contact', 'phone_reads'] as const;
export type DataKind = (typeof DATA_KINDS)[number];

/** What a case's redaction covered: its personal text (fields and timeline), or its files. */
export const CASE_REDACTION_KINDS = ['case_text', 'attachments'] as const satisfies readonly DataKind[];
export type CaseRedactionKind = (typeof CASE_REDACTION_KINDS)[number];

/** Why personal data was removed: the customer asked (rule 28, Art 47) or its period ran out (rule 27). */
export const REDACTION_CAUSES = ['request', 'retention'] as const;
export type RedactionCause = (typeof REDACTION_CAUSES)[number];

export type RetentionPeriods = Record<DataKind, number>;
