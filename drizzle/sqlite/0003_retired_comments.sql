CREATE TABLE `retired_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`replaced_by` text
);
