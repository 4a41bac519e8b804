CREATE TABLE "config_stamp" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"stamp" uuid DEFAULT gen_random_uuid() NOT NULL
);--> statement-breakpoint
-- hand-written: the one stamp row, and a statement trigger on every table of configuration an intake
-- reads, so that any edit (API, preset, seed, raw SQL) changes the stamp in its own transaction.
INSERT INTO "config_stamp" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION config_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE config_stamp SET stamp = gen_random_uuid() WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER config_stamp_company_settings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON company_settings FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_categories AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_causes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON causes FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_stages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stages FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_classifier_models AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON classifier_models FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_routing_rules AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON routing_rules FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_sla_policies AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sla_policies FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_business_calendars AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_calendars FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
-- Departments: their names and switches; the round-robin pointer written at every intake is left out.
CREATE TRIGGER config_stamp_departments AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF code, name, active, assignment_strategy ON departments FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
