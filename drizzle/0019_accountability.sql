CREATE TABLE "accountability_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry" text DEFAULT 'record' NOT NULL,
	"kind" text NOT NULL,
	"direction" text NOT NULL,
	"amount_fen" integer,
	"user_id" uuid,
	"department_id" uuid,
	"case_id" uuid,
	"reason" text NOT NULL,
	"decided_by_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"revokes_id" uuid,
	"idempotency_key" text,
	"request_hash" text,
	CONSTRAINT "accountability_records_subject" CHECK ("accountability_records"."user_id" is not null or "accountability_records"."department_id" is not null),
	CONSTRAINT "accountability_records_amount" CHECK ("accountability_records"."amount_fen" is null or "accountability_records"."amount_fen" >= 0),
	CONSTRAINT "accountability_records_revocation" CHECK (("accountability_records"."entry" = 'revocation') = ("accountability_records"."revokes_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_records" ADD CONSTRAINT "accountability_records_revokes_id_accountability_records_id_fk" FOREIGN KEY ("revokes_id") REFERENCES "public"."accountability_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_records_revokes_idx" ON "accountability_records" USING btree ("revokes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_records_idempotency_idx" ON "accountability_records" USING btree ("decided_by_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "accountability_records_decided_idx" ON "accountability_records" USING btree ("decided_at");--> statement-breakpoint
CREATE INDEX "accountability_records_user_idx" ON "accountability_records" USING btree ("user_id","decided_at");--> statement-breakpoint
CREATE INDEX "accountability_records_case_idx" ON "accountability_records" USING btree ("case_id");--> statement-breakpoint
-- hand-written: rewards and penalties are a record: append-only; a mistake is revoked by a revocation row.
CREATE OR REPLACE FUNCTION accountability_records_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'accountability_records is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER accountability_records_no_update_delete
  BEFORE UPDATE OR DELETE ON accountability_records
  FOR EACH ROW EXECUTE FUNCTION accountability_records_append_only();
