ALTER TABLE "cases" ADD COLUMN "category_confirmed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "cases_category_confirmed_at_idx" ON "cases" USING btree ("category_confirmed_at") WHERE "cases"."category_confirmed_at" is not null;--> statement-breakpoint
-- Cases confirmed before the column existed count as confirmed when they were last changed.
UPDATE "cases" SET "category_confirmed_at" = "updated_at" WHERE "category_confirmed" AND "category_confirmed_at" IS NULL;
