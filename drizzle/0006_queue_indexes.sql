DROP INDEX "cases_created_idx";--> statement-breakpoint
DROP INDEX "cases_status_created_idx";--> statement-breakpoint
DROP INDEX "cases_department_status_created_idx";--> statement-breakpoint
DROP INDEX "cases_customer_created_idx";--> statement-breakpoint
CREATE INDEX "cases_created_id_idx" ON "cases" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "cases_status_created_id_idx" ON "cases" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "cases_department_created_id_idx" ON "cases" USING btree ("department_id","created_at","id");--> statement-breakpoint
CREATE INDEX "cases_customer_created_id_idx" ON "cases" USING btree ("customer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "cases_updated_id_idx" ON "cases" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "cases_case_number_pattern_idx" ON "cases" USING btree ("case_number" text_pattern_ops);