ALTER TABLE "sla_recompute_requests" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "sla_recompute_requests" ADD COLUMN "requested_by" uuid;