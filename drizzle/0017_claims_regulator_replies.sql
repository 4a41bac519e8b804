CREATE TABLE "regulator_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"regulator" text NOT NULL,
	"content" text NOT NULL,
	"replied_at" timestamp with time zone NOT NULL,
	"recorded_by_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"claimed_fen" integer NOT NULL,
	"basis" jsonb NOT NULL,
	"note" text,
	"agreed_fen" integer,
	"recovered_fen" integer,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"filed_by_id" uuid NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	CONSTRAINT "claims_amounts_nonneg" CHECK ("claims"."claimed_fen" >= 0 and coalesce("claims"."agreed_fen", 0) >= 0 and coalesce("claims"."recovered_fen", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "regulator_replies" ADD CONSTRAINT "regulator_replies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_replies" ADD CONSTRAINT "regulator_replies_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_filed_by_id_users_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regulator_replies_case_idx" ON "regulator_replies" USING btree ("case_id","replied_at");--> statement-breakpoint
CREATE INDEX "claims_case_idx" ON "claims" USING btree ("case_id","filed_at");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status","filed_at");--> statement-breakpoint
CREATE INDEX "claims_partner_idx" ON "claims" USING btree ("partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_idempotency_idx" ON "claims" USING btree ("filed_by_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_open_per_partner_idx" ON "claims" USING btree ("case_id","partner_id") WHERE "claims"."status" in ('filed', 'accepted');--> statement-breakpoint
-- hand-written: a reply to the regulator is a record: append-only.
CREATE OR REPLACE FUNCTION regulator_replies_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'regulator_replies is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER regulator_replies_no_update_delete
  BEFORE UPDATE OR DELETE ON regulator_replies
  FOR EACH ROW EXECUTE FUNCTION regulator_replies_append_only();
--> statement-breakpoint
-- hand-written: a claim is never deleted, and what was filed (case, partner, amount and basis, who, when) stays
-- as filed; only the answer, the payment and the closing may be added.
CREATE OR REPLACE FUNCTION claims_filed_frozen() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'claims are kept (DELETE refused)';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.partner_id IS DISTINCT FROM OLD.partner_id
     OR NEW.claimed_fen IS DISTINCT FROM OLD.claimed_fen OR NEW.basis IS DISTINCT FROM OLD.basis
     OR NEW.filed_by_id IS DISTINCT FROM OLD.filed_by_id OR NEW.filed_at IS DISTINCT FROM OLD.filed_at THEN
    RAISE EXCEPTION 'claims: the amount filed and its basis are frozen';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER claims_filed_frozen
  BEFORE UPDATE OR DELETE ON claims
  FOR EACH ROW EXECUTE FUNCTION claims_filed_frozen();
