CREATE TABLE `blocks` (
	`document_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`document_id`, `position`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`position` integer NOT NULL,
	`parent_id` text,
	`depth` integer NOT NULL,
	`author` text,
	`author_source` text,
	`reply_to` text,
	`posted_at` text,
	`posted_at_text` text,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comments_document_position` ON `comments` (`document_id`,`position`);--> statement-breakpoint
CREATE INDEX `comments_parent` ON `comments` (`parent_id`);--> statement-breakpoint
CREATE INDEX `comments_author` ON `comments` (`author`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`content_hash` text NOT NULL,
	`title` text,
	`subtitle` text,
	`site` text,
	`comment_count` integer NOT NULL,
	`commenter_count` integer NOT NULL,
	`first_comment_at` text,
	`last_comment_at` text,
	`ingested_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_source_unique` ON `documents` (`source`);