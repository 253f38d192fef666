-- Full-text index over comment text and author, kept in step with `comments` by triggers.
-- External content: the text is stored once, in `comments`; FTS5 keeps only the index.
CREATE VIRTUAL TABLE `comments_fts` USING fts5(
	`text`, `author`,
	content='comments', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `comments_fts_insert` AFTER INSERT ON `comments` BEGIN
	INSERT INTO `comments_fts`(rowid, `text`, `author`) VALUES (new.rowid, new.`text`, new.`author`);
END;
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
