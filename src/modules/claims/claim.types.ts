// The claims' vocabulary shared by the table, the schemas and the service (pure).
import type { PartnerKind } from '../partners/partner.types.ts';
import type { ClaimLimit, ClaimTerm, Text } from './claim.rules.ts';

/** Where the loss came from: the accepted remedy's money items, or an amount stated by hand with its basis. */
export type ClaimLossSource =
  | { kind: 'remedy'; remedyId: string; items: Array<{ kind: string; amountFen: number }> }
  | { kind: 'explicit'; basis: string };

/** The amount filed and everything it was computed from, frozen onto the claim. */
export type ClaimBasis = {
  lossFen: number;
  source: ClaimLossSource;
  amountFen: number;
  term: ClaimTerm;
  termTitle: Text;
  domainRules: number[];
  limits: ClaimLimit[];
  explain: Text;
  partner: { id: string; kind: PartnerKind; name: string; claimMultiple: number | null; claimCapFen: number | null; compensationTerms: string | null };
  shipment: { freightFen: number | null; insured: boolean; declaredValueFen: number | null };
};
