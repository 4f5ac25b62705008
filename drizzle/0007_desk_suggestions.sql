CREATE TABLE "desk_suggestions" (
	"id" serial PRIMARY KEY NOT NULL,
	"exporter_id" integer NOT NULL,
	"entity" text NOT NULL,
	"entity_id" integer NOT NULL,
	"field" text NOT NULL,
	"body" text NOT NULL,
	"source_hash" text NOT NULL,
	"suggested_by" text,
	"suggested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "desk_suggestions" ADD CONSTRAINT "desk_suggestions_exporter_id_exporters_id_fk" FOREIGN KEY ("exporter_id") REFERENCES "public"."exporters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "desk_suggestions" ADD CONSTRAINT "desk_suggestions_suggested_by_users_id_fk" FOREIGN KEY ("suggested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "desk_suggestions_open_idx" ON "desk_suggestions" USING btree ("entity","entity_id","field") WHERE "desk_suggestions"."decision" is null;--> statement-breakpoint
CREATE INDEX "desk_suggestions_exporter_idx" ON "desk_suggestions" USING btree ("exporter_id","decision");