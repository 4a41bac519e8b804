CREATE TABLE "callbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"earliest_on" text NOT NULL,
	"due_on" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"channel" text,
	"overall" text,
	"result" text,
	"attitude" text,
	"efficiency" text,
	"comment" text,
	"completed_at" timestamp with time zone,
	"completed_by_id" uuid,
	"cancel_reason" text,
	"overdue_level" integer DEFAULT 0 NOT NULL,
	"next_action_at" timestamp with time zone,
	"survey_token_hash" text,
	"survey_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "callbacks_one_pending_idx" ON "callbacks" USING btree ("case_id") WHERE "callbacks"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "callbacks_survey_token_idx" ON "callbacks" USING btree ("survey_token_hash");--> statement-breakpoint
CREATE INDEX "callbacks_case_idx" ON "callbacks" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "callbacks_next_action_idx" ON "callbacks" USING btree ("next_action_at") WHERE "callbacks"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "callbacks_due_idx" ON "callbacks" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "callbacks_completed_idx" ON "callbacks" USING btree ("completed_at");