DROP INDEX `comments_author`;--> statement-breakpoint
ALTER TABLE `comments` ADD `parent_author` text;--> statement-breakpoint
CREATE INDEX `comments_author_time` ON `comments` (`author`,`posted_at`,`document_id`,`parent_author`);--> statement-breakpoint
CREATE INDEX `comments_parent_author` ON `comments` (`parent_author`,`author`);