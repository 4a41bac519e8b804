CREATE TABLE "evidence_checklists" (
	"category" text PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resolution_settings" ADD COLUMN "remedy_catalogue" jsonb;--> statement-breakpoint
ALTER TABLE "evidence_checklists" ADD CONSTRAINT "evidence_checklists_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;