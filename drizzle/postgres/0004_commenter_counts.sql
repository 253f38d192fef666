CREATE TABLE "commenters" (
	"name" text PRIMARY KEY NOT NULL,
	"comments" integer NOT NULL,
	"articles" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_counts" (
	"author" text NOT NULL,
	"parent_author" text NOT NULL,
	"replies" integer NOT NULL,
	CONSTRAINT "reply_counts_author_parent_author_pk" PRIMARY KEY("author","parent_author")
);
--> statement-breakpoint
CREATE INDEX "reply_counts_parent_author" ON "reply_counts" USING btree ("parent_author");--> statement-breakpoint
-- Counts of the comments already stored; writes keep them from here on. Placeholders such as
-- "[deleted]" are nobody (contract/placeholder-authors.ts).
INSERT INTO "commenters" ("name", "comments", "articles")
SELECT "author", count(*), count(DISTINCT "document_id") FROM "comments" WHERE "author" IS NOT NULL AND lower("author") NOT IN ('[deleted]', '[removed]') GROUP BY "author";
--> statement-breakpoint
INSERT INTO "reply_counts" ("author", "parent_author", "replies")
SELECT "author", "parent_author", count(*) FROM "comments"
WHERE "author" IS NOT NULL AND "parent_author" IS NOT NULL AND "author" <> "parent_author"
  AND lower("author") NOT IN ('[deleted]', '[removed]') AND lower("parent_author") NOT IN ('[deleted]', '[removed]') GROUP BY "author", "parent_author";
