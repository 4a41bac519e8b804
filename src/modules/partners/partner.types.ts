// The partners' vocabulary, shared by the table, the schemas and the services (pure).
/** carrier 承运商 (the express or line-haul company), supplier 供应商 (of the goods), outlet 网点 (a franchised branch). */
export const PARTNER_KINDS = ['carrier', 'supplier', 'outlet'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
