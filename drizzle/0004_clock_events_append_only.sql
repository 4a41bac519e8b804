-- Reports are computed from the clock's log, so, like the timeline, it is never rewritten.
CREATE TRIGGER case_clock_events_no_update_delete
  BEFORE UPDATE OR DELETE ON case_clock_events
  FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
