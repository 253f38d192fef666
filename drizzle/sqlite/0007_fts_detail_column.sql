-- Search matches words, never phrases or NEAR, so the index need not store token positions:
-- detail=column makes it smaller and ingest faster. The index is rebuilt from `comments`.
DROP TRIGGER `comments_fts_delete`;
--> statement-breakpoint
DROP TRIGGER `comments_fts_update`;
--> statement-breakpoint
DROP TABLE `comments_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `comments_fts` USING fts5(
	`text`, `author`,
	content='comments', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2',
	detail=column
);
--> statement-breakpoint
CREATE TRIGGER `comments_fts_delete` AFTER DELETE ON `comments` BEGIN
	INSERT INTO `comments_fts`(`comments_fts`, rowid, `text`, `author`) VALUES ('delete', old.rowid, old.`text`, old.`author`);
END;
--> statement-breakpoint
CREATE TRIGGER `comments_fts_update` AFTER UPDATE ON `comments` BEGIN
	INSERT INTO `comments_fts`(`comments_fts`, rowid, `text`, `author`) VALUES ('delete', old.rowid, old.`text`, old.`author`);
	INSERT INTO `comments_fts`(rowid, `text`, `author`) VALUES (new.rowid, new.`text`, new.`author`);
END;
--> statement-breakpoint
INSERT INTO `comments_fts`(`comments_fts`) VALUES ('rebuild');
