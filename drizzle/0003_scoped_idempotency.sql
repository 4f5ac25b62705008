ALTER TABLE "inquiry_submissions" DROP CONSTRAINT "inquiry_submissions_idempotency_key_unique";--> statement-breakpoint
ALTER TABLE "inquiry_submissions" ADD COLUMN "caller" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "inquiry_submissions" ADD CONSTRAINT "inquiry_submissions_key_caller_unique" UNIQUE("idempotency_key","caller");