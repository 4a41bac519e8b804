CREATE TABLE "customer_phone_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"actor_id" uuid NOT NULL,
	"source" text NOT NULL,
	"filters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phone_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_case_redactions" (
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"cause" text NOT NULL,
	"redacted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "privacy_case_redactions_case_id_kind_pk" PRIMARY KEY("case_id","kind")
);
--> statement-breakpoint
CREATE TABLE "privacy_retention" (
	"kind" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "case_events" ADD COLUMN "redacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "redacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "customer_phone_reads" ADD CONSTRAINT "customer_phone_reads_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_case_redactions" ADD CONSTRAINT "privacy_case_redactions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_retention" ADD CONSTRAINT "privacy_retention_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_phone_reads_seq_idx" ON "customer_phone_reads" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "customer_phone_reads_created_idx" ON "customer_phone_reads" USING btree ("created_at");--> statement-breakpoint
-- hand-written: personal data erasure keeps the audit trail (docs/decisions/012-personal-data-erasure.md).
-- True when `new_v` equals `old_v` except that some strings became the redaction marker: same keys, same
-- array lengths, same numbers, booleans and nulls.
CREATE OR REPLACE FUNCTION privacy_redaction_only(old_v jsonb, new_v jsonb) RETURNS boolean AS $$
DECLARE
  k text;
  i integer;
BEGIN
  IF new_v = old_v THEN
    RETURN true;
  END IF;
  IF jsonb_typeof(old_v) = 'string' THEN
    RETURN new_v = '"[redacted]"'::jsonb;
  END IF;
  IF jsonb_typeof(old_v) = 'object' AND jsonb_typeof(new_v) = 'object' THEN
    IF (SELECT array_agg(x ORDER BY x) FROM jsonb_object_keys(old_v) AS x)
       IS DISTINCT FROM (SELECT array_agg(x ORDER BY x) FROM jsonb_object_keys(new_v) AS x) THEN
      RETURN false;
    END IF;
    FOR k IN SELECT jsonb_object_keys(old_v) LOOP
      IF NOT privacy_redaction_only(old_v -> k, new_v -> k) THEN
        RETURN false;
      END IF;
    END LOOP;
    RETURN true;
  END IF;
  IF jsonb_typeof(old_v) = 'array' AND jsonb_typeof(new_v) = 'array' THEN
    IF jsonb_array_length(old_v) <> jsonb_array_length(new_v) THEN
      RETURN false;
    END IF;
    FOR i IN 0 .. jsonb_array_length(old_v) - 1 LOOP
      IF NOT privacy_redaction_only(old_v -> i, new_v -> i) THEN
        RETURN false;
      END IF;
    END LOOP;
    RETURN true;
  END IF;
  RETURN false;
END;
$$ LANGUAGE plpgsql IMMUTABLE;
--> statement-breakpoint
-- hand-written: the timeline stays append-only with exactly one allowed update: once (redacted_at from null),
-- strings of the payload become the marker; kind, case, actor, statuses, visibility and time stay as written.
CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL
     AND NEW.id = OLD.id AND NEW.seq = OLD.seq AND NEW.case_id = OLD.case_id AND NEW.kind = OLD.kind
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.from_status IS NOT DISTINCT FROM OLD.from_status AND NEW.to_status IS NOT DISTINCT FROM OLD.to_status
     AND NEW.visibility = OLD.visibility AND NEW.created_at = OLD.created_at
     AND privacy_redaction_only(OLD.payload, NEW.payload) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'case_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- hand-written: a stored file's row may now also be redacted once: the filename becomes the marker and
-- redacted_at is set; every other column stays. Hiding stays as before (once, nothing else changed).
CREATE OR REPLACE FUNCTION attachments_preserved() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'attachments are preserved (DELETE refused)';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.case_id IS DISTINCT FROM OLD.case_id
     OR NEW.content_type IS DISTINCT FROM OLD.content_type
     OR NEW.size IS DISTINCT FROM OLD.size OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.storage_key IS DISTINCT FROM OLD.storage_key OR NEW.uploaded_by_id IS DISTINCT FROM OLD.uploaded_by_id
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'attachments are preserved (only hiding once is allowed)';
  END IF;
  IF OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL THEN
    IF NEW.filename IS DISTINCT FROM '[redacted]'
       OR NEW.hidden_at IS DISTINCT FROM OLD.hidden_at OR NEW.hidden_by_id IS DISTINCT FROM OLD.hidden_by_id
       OR NEW.hidden_reason IS DISTINCT FROM OLD.hidden_reason THEN
      RAISE EXCEPTION 'attachments are preserved (only hiding once is allowed)';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.hidden_at IS NOT NULL OR NEW.filename IS DISTINCT FROM OLD.filename
     OR NEW.redacted_at IS DISTINCT FROM OLD.redacted_at THEN
    RAISE EXCEPTION 'attachments are preserved (only hiding once is allowed)';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
