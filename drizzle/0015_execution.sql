CREATE TABLE "execution_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"remedy_id" uuid,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"department_id" uuid NOT NULL,
	"assignee_id" uuid,
	"due_at" timestamp with time zone,
	"amount_fen" integer,
	"note" text,
	"result_note" text,
	"repair" jsonb,
	"cancel_reason" text,
	"retry_of_id" uuid,
	"created_by_id" uuid NOT NULL,
	"finished_by_id" uuid,
	"finished_at" timestamp with time zone,
	"idempotency_key" text,
	"request_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "execution_actions_amount_nonneg" CHECK ("execution_actions"."amount_fen" is null or "execution_actions"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "execution_settings" (
	"id" integer PRIMARY KEY NOT NULL,
	"departments" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "execution_settings_single_row" CHECK ("execution_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "case_clock_events" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_remedy_id_remedies_id_fk" FOREIGN KEY ("remedy_id") REFERENCES "public"."remedies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_actions" ADD CONSTRAINT "execution_actions_finished_by_id_users_id_fk" FOREIGN KEY ("finished_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "execution_settings" ADD CONSTRAINT "execution_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "execution_actions_case_idx" ON "execution_actions" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "execution_actions_open_idx" ON "execution_actions" USING btree ("department_id","due_at") WHERE "execution_actions"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "execution_actions_idempotency_idx" ON "execution_actions" USING btree ("created_by_id","idempotency_key");