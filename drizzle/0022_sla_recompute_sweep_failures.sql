CREATE TABLE "sla_recompute_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" jsonb NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"after_case_id" uuid,
	"cases_done" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_sweep_failures" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"error" text NOT NULL,
	"first_failed_at" timestamp with time zone NOT NULL,
	"last_attempt_at" timestamp with time zone NOT NULL,
	"retry_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sla_sweep_failures" ADD CONSTRAINT "sla_sweep_failures_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sla_recompute_requests_pending_idx" ON "sla_recompute_requests" USING btree ("requested_at") WHERE "sla_recompute_requests"."finished_at" is null;