CREATE TABLE "case_responsibilities" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"root_cause" text NOT NULL,
	"root_cause_text" text NOT NULL,
	"party" text NOT NULL,
	"department_id" uuid,
	"person_id" uuid,
	"partner_id" uuid,
	"note" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"attachment_id" uuid,
	"not_applicable_reason" text,
	"marked_by_id" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "investigation_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_id" uuid,
	"due_at" timestamp with time zone,
	"instructions" text NOT NULL,
	"findings" text,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "hidden_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "hidden_by_id" uuid;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "case_responsibilities" ADD CONSTRAINT "case_responsibilities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_responsibilities" ADD CONSTRAINT "case_responsibilities_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_responsibilities" ADD CONSTRAINT "case_responsibilities_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_responsibilities" ADD CONSTRAINT "case_responsibilities_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_responsibilities" ADD CONSTRAINT "case_responsibilities_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_marks" ADD CONSTRAINT "evidence_marks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_marks" ADD CONSTRAINT "evidence_marks_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_marks" ADD CONSTRAINT "evidence_marks_marked_by_id_users_id_fk" FOREIGN KEY ("marked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_tasks" ADD CONSTRAINT "investigation_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_tasks" ADD CONSTRAINT "investigation_tasks_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_tasks" ADD CONSTRAINT "investigation_tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_tasks" ADD CONSTRAINT "investigation_tasks_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_marks_case_idx" ON "evidence_marks" USING btree ("case_id","item_code");--> statement-breakpoint
CREATE INDEX "investigation_tasks_case_idx" ON "investigation_tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "investigation_tasks_department_status_idx" ON "investigation_tasks" USING btree ("department_id","status");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_hidden_by_id_users_id_fk" FOREIGN KEY ("hidden_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- hand-written: evidence is preserved. A stored file's row is never deleted, and an update may only hide it
-- once (hidden_at, hidden_by_id, hidden_reason from null); every other column stays as uploaded.
CREATE OR REPLACE FUNCTION attachments_preserved() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'attachments are preserved (DELETE refused)';
  END IF;
  IF OLD.hidden_at IS NOT NULL
     OR NEW.id IS DISTINCT FROM OLD.id OR NEW.case_id IS DISTINCT FROM OLD.case_id
     OR NEW.filename IS DISTINCT FROM OLD.filename OR NEW.content_type IS DISTINCT FROM OLD.content_type
     OR NEW.size IS DISTINCT FROM OLD.size OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.storage_key IS DISTINCT FROM OLD.storage_key OR NEW.uploaded_by_id IS DISTINCT FROM OLD.uploaded_by_id
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'attachments are preserved (only hiding once is allowed)';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attachments_preserved
  BEFORE UPDATE OR DELETE ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_preserved();
--> statement-breakpoint
-- hand-written: the evidence checklist's marks are a record too: append-only.
CREATE OR REPLACE FUNCTION evidence_marks_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'evidence_marks is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER evidence_marks_no_update_delete
  BEFORE UPDATE OR DELETE ON evidence_marks
  FOR EACH ROW EXECUTE FUNCTION evidence_marks_append_only();
