DROP INDEX "comments_author_time";--> statement-breakpoint
CREATE INDEX "comments_author_time" ON "comments" USING btree ("author","posted_at" DESC NULLS LAST,"document_id","parent_author");