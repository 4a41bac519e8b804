CREATE TABLE "cost_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"month" text NOT NULL,
	"scope" text NOT NULL,
	"scope_key" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_budgets_amount_nonneg" CHECK ("cost_budgets"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cost_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"reverses_id" uuid,
	"note" text,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"month" text NOT NULL,
	"category" text,
	"department_id" uuid,
	"labour_minutes" integer,
	"rate_fen_per_hour" integer,
	"request_hash" text,
	CONSTRAINT "cost_entries_amount_nonzero" CHECK ("cost_entries"."amount_fen" <> 0),
	CONSTRAINT "cost_entries_recovery_sign" CHECK ("cost_entries"."source" = 'reversal' or ("cost_entries"."kind" = 'recovery') = ("cost_entries"."amount_fen" < 0)),
	CONSTRAINT "cost_entries_reversal_ref" CHECK (("cost_entries"."source" = 'reversal') = ("cost_entries"."reverses_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "cost_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"labour_rate_fen_per_hour" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_settings_single_row" CHECK ("cost_settings"."id" = 1),
	CONSTRAINT "cost_settings_rate_positive" CHECK ("cost_settings"."labour_rate_fen_per_hour" > 0)
);
--> statement-breakpoint
ALTER TABLE "cost_budgets" ADD CONSTRAINT "cost_budgets_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_reverses_id_cost_entries_id_fk" FOREIGN KEY ("reverses_id") REFERENCES "public"."cost_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entries" ADD CONSTRAINT "cost_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_settings" ADD CONSTRAINT "cost_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cost_budgets_month_scope_idx" ON "cost_budgets" USING btree ("month","scope","scope_key");--> statement-breakpoint
CREATE UNIQUE INDEX "cost_entries_source_idx" ON "cost_entries" USING btree ("source","source_id","kind") WHERE "cost_entries"."source_id" is not null;--> statement-breakpoint
CREATE INDEX "cost_entries_case_idx" ON "cost_entries" USING btree ("case_id","posted_at");--> statement-breakpoint
CREATE INDEX "cost_entries_month_category_idx" ON "cost_entries" USING btree ("month","category");--> statement-breakpoint
CREATE INDEX "cost_entries_month_department_idx" ON "cost_entries" USING btree ("month","department_id");--> statement-breakpoint
CREATE INDEX "cost_entries_month_kind_idx" ON "cost_entries" USING btree ("month","kind");--> statement-breakpoint
CREATE INDEX "cost_entries_posted_idx" ON "cost_entries" USING btree ("posted_at","id");--> statement-breakpoint
-- hand-written: the cost ledger is a record of money: an entry is never changed or removed; a correction is a
-- reversing entry (source 'reversal', reverses_id the original).
CREATE OR REPLACE FUNCTION cost_entries_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'cost_entries is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cost_entries_no_update_delete
  BEFORE UPDATE OR DELETE ON cost_entries
  FOR EACH ROW EXECUTE FUNCTION cost_entries_append_only();
