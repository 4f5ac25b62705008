CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "proformas" (
	"id" serial PRIMARY KEY NOT NULL,
	"quote_id" integer NOT NULL,
	"exporter_id" integer NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"document" jsonb NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"payment_proof" jsonb,
	"payment_recorded_at" timestamp with time zone,
	"receipt_confirmed_at" timestamp with time zone,
	CONSTRAINT "proformas_quote_id_unique" UNIQUE("quote_id"),
	CONSTRAINT "proformas_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "quote_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"quote_id" integer NOT NULL,
	"position" integer NOT NULL,
	"product_id" integer,
	"product_name_en" text NOT NULL,
	"product_name_zh" text DEFAULT '' NOT NULL,
	"hs_code" text DEFAULT '' NOT NULL,
	"origin" text DEFAULT '' NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"unit_price_minor" bigint NOT NULL,
	"tiers" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" serial PRIMARY KEY NOT NULL,
	"inquiry_id" integer NOT NULL,
	"exporter_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"currency" text NOT NULL,
	"incoterm" text NOT NULL,
	"named_place" text NOT NULL,
	"lead_time_days" integer NOT NULL,
	"valid_until" date NOT NULL,
	"payment_terms" jsonb NOT NULL,
	"sample_offer" jsonb,
	"packing" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"revision_request" text,
	"revision_requested_at" timestamp with time zone,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "exporters" ADD COLUMN "payment_instructions" jsonb;--> statement-breakpoint
ALTER TABLE "inquiries" ADD COLUMN "buyer_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "inquiry_items" ADD COLUMN "target_price_minor" bigint;--> statement-breakpoint
ALTER TABLE "inquiry_items" ADD COLUMN "target_currency" text;--> statement-breakpoint
ALTER TABLE "inquiry_items" ADD COLUMN "sample_requested" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proformas" ADD CONSTRAINT "proformas_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proformas" ADD CONSTRAINT "proformas_exporter_id_exporters_id_fk" FOREIGN KEY ("exporter_id") REFERENCES "public"."exporters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_exporter_id_exporters_id_fk" FOREIGN KEY ("exporter_id") REFERENCES "public"."exporters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proformas_exporter_sequence_idx" ON "proformas" USING btree ("exporter_id","sequence");--> statement-breakpoint
CREATE INDEX "quote_lines_quote_idx" ON "quote_lines" USING btree ("quote_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_inquiry_version_idx" ON "quotes" USING btree ("inquiry_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "quotes_exporter_key_idx" ON "quotes" USING btree ("exporter_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "quotes_exporter_idx" ON "quotes" USING btree ("exporter_id","sent_at");--> statement-breakpoint
UPDATE "inquiry_items" SET "target_price_minor" = "target_price_usd_cents", "target_currency" = 'USD' WHERE "target_price_usd_cents" IS NOT NULL;
