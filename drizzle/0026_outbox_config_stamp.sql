-- hand-written: message templates and channel settings are configuration the case listener reads through the
-- process's cache, so an edit of either changes the configuration stamp in its own transaction (as 0023 does).
CREATE TRIGGER config_stamp_message_templates AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON message_templates FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
--> statement-breakpoint
CREATE TRIGGER config_stamp_notification_channels AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON notification_channels FOR EACH STATEMENT EXECUTE FUNCTION config_stamp_bump();
