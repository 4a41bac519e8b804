CREATE TABLE "remedies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"proposer_id" uuid NOT NULL,
	"proposer_role" text NOT NULL,
	"status" text NOT NULL,
	"items" jsonb NOT NULL,
	"total_fen" integer NOT NULL,
	"calculation" jsonb,
	"policy" jsonb NOT NULL,
	"authority_limits" jsonb NOT NULL,
	"note" text,
	"offered_at" timestamp with time zone,
	"offered_by_id" uuid,
	"answered_at" timestamp with time zone,
	"answered_by_id" uuid,
	"customer_note" text,
	"counter_offer" text,
	"counter_offer_fen" integer,
	"execution_due_at" timestamp with time zone,
	"idempotency_key" text,
	"request_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "remedies_total_nonneg" CHECK ("remedies"."total_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "remedy_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"remedy_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_role" text NOT NULL,
	"kind" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolution_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"compensation_policy" jsonb NOT NULL,
	"authority_limits" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolution_settings_single_row" CHECK ("resolution_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "remedies" ADD CONSTRAINT "remedies_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedies" ADD CONSTRAINT "remedies_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedies" ADD CONSTRAINT "remedies_offered_by_id_users_id_fk" FOREIGN KEY ("offered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedies" ADD CONSTRAINT "remedies_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedy_decisions" ADD CONSTRAINT "remedy_decisions_remedy_id_remedies_id_fk" FOREIGN KEY ("remedy_id") REFERENCES "public"."remedies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remedy_decisions" ADD CONSTRAINT "remedy_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_settings" ADD CONSTRAINT "resolution_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "remedies_case_idx" ON "remedies" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "remedies_status_idx" ON "remedies" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "remedies_idempotency_idx" ON "remedies" USING btree ("proposer_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "remedy_decisions_step_idx" ON "remedy_decisions" USING btree ("remedy_id","step");--> statement-breakpoint
-- hand-written: an approval decision is a record of who decided what; never changed or removed.
CREATE OR REPLACE FUNCTION remedy_decisions_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'remedy_decisions is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER remedy_decisions_no_update_delete
  BEFORE UPDATE OR DELETE ON remedy_decisions
  FOR EACH ROW EXECUTE FUNCTION remedy_decisions_append_only();
