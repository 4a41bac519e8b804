-- Custom SQL migration file, put your code below! ---- hand-written: personal-data erasure reaches the other modules' own text (docs/decisions/012-personal-data-erasure.md).
-- True when the row `new_r` equals `old_r` except that some of the text columns `cols` went from a text (not
-- null, not yet the marker) to the marker, at least one of them: the one update an append-only record allows.
CREATE OR REPLACE FUNCTION privacy_text_redaction_only(old_r jsonb, new_r jsonb, cols text[]) RETURNS boolean AS $$
DECLARE
  c text;
  changed boolean := false;
BEGIN
  IF (old_r - cols) IS DISTINCT FROM (new_r - cols) THEN
    RETURN false;
  END IF;
  FOREACH c IN ARRAY cols LOOP
    IF (new_r -> c) IS DISTINCT FROM (old_r -> c) THEN
      IF (old_r -> c) = 'null'::jsonb OR (old_r -> c) = '"[redacted]"'::jsonb OR (new_r -> c) IS DISTINCT FROM '"[redacted]"'::jsonb THEN
        RETURN false;
      END IF;
      changed := true;
    END IF;
  END LOOP;
  RETURN changed;
END;
$$ LANGUAGE plpgsql IMMUTABLE;
--> statement-breakpoint
-- hand-written: an approval decision stays append-only; only its comment may become the marker, once.
CREATE OR REPLACE FUNCTION remedy_decisions_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND privacy_text_redaction_only(to_jsonb(OLD), to_jsonb(NEW), ARRAY['comment']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'remedy_decisions is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- hand-written: an evidence mark stays append-only; only its not-applicable reason may become the marker, once.
CREATE OR REPLACE FUNCTION evidence_marks_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND privacy_text_redaction_only(to_jsonb(OLD), to_jsonb(NEW), ARRAY['not_applicable_reason']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'evidence_marks is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- hand-written: a cost entry stays append-only (amounts, kinds, times); only its note may become the marker, once.
CREATE OR REPLACE FUNCTION cost_entries_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND privacy_text_redaction_only(to_jsonb(OLD), to_jsonb(NEW), ARRAY['note']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'cost_entries is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- hand-written: a reply to the regulator stays append-only; only its content may become the marker, once.
CREATE OR REPLACE FUNCTION regulator_replies_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND privacy_text_redaction_only(to_jsonb(OLD), to_jsonb(NEW), ARRAY['content']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'regulator_replies is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- hand-written: a reward or penalty stays append-only; only its reason may become the marker, once.
CREATE OR REPLACE FUNCTION accountability_records_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND privacy_text_redaction_only(to_jsonb(OLD), to_jsonb(NEW), ARRAY['reason']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'accountability_records is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
