DROP INDEX "case_events_case_created_idx";--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "case_events_case_seq_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_events_kind_created_idx" ON "case_events" USING btree ("kind","created_at");