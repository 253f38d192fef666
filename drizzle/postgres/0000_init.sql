CREATE TABLE "blocks" (
	"document_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "blocks_document_id_position_pk" PRIMARY KEY("document_id","position")
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"document_id" text NOT NULL,
	"position" integer NOT NULL,
	"parent_id" text,
	"depth" integer NOT NULL,
	"author" text,
	"author_source" text,
	"parent_source" text,
	"parent_author" text,
	"reply_to" text,
	"posted_at" text,
	"posted_at_text" text,
	"text" text NOT NULL,
	"search" "tsvector",
	CONSTRAINT "comments_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"content_hash" text NOT NULL,
	"title" text,
	"subtitle" text,
	"site" text,
	"comment_count" integer NOT NULL,
	"commenter_count" integer NOT NULL,
	"first_comment_at" text,
	"last_comment_at" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_source_unique" UNIQUE("source")
);
--> statement-breakpoint
CREATE TABLE "retired_comments" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"replaced_by" text
);
--> statement-breakpoint
ALTER TABLE "blocks" ADD CONSTRAINT "blocks_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comments_document_position" ON "comments" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "comments_parent" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "comments_author_time" ON "comments" USING btree ("author","posted_at","document_id","parent_author");--> statement-breakpoint
CREATE INDEX "comments_parent_author" ON "comments" USING btree ("parent_author","author");--> statement-breakpoint
CREATE INDEX "comments_search" ON "comments" USING gin ("search");