CREATE TABLE "partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"compensation_terms" text,
	"claim_multiple" numeric(6, 2),
	"claim_cap_fen" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "shipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "promised_delivery_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "service_type" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "goods_name" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "quantity" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "item_price_fen" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "freight_fen" integer;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "insured" boolean;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "brand_company" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "delivery_company" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "nature" text;--> statement-breakpoint
CREATE UNIQUE INDEX "partners_kind_name_idx" ON "partners" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "partners_active_idx" ON "partners" USING btree ("active");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Categories stored before natures existed get seed 002's nature by their preset code (none for the others).
UPDATE "categories" SET "nature" = CASE "code"
	WHEN 'delay' THEN 'service_quality' WHEN 'attitude' THEN 'service_quality' WHEN 'delivery_service' THEN 'service_quality' WHEN 'hygiene' THEN 'service_quality'
	WHEN 'damage' THEN 'operation_error' WHEN 'loss' THEN 'operation_error' WHEN 'wrong_item' THEN 'operation_error'
	WHEN 'info_lag' THEN 'information' WHEN 'system_error' THEN 'information'
	WHEN 'fee_dispute' THEN 'fee_dispute' WHEN 'price_dispute' THEN 'fee_dispute'
	END WHERE "nature" IS NULL;
