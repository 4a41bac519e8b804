CREATE TABLE "portal_wechat_states" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"session_token_hash" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_wechat_states" ADD CONSTRAINT "portal_wechat_states_session_token_hash_customer_sessions_token_hash_fk" FOREIGN KEY ("session_token_hash") REFERENCES "public"."customer_sessions"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_wechat_states" ADD CONSTRAINT "portal_wechat_states_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_wechat_states_expires_idx" ON "portal_wechat_states" USING btree ("expires_at");