-- The per-row insert trigger made bulk ingest three times slower than inserting into the
-- index directly, so the document writer (db/queries.ts) now indexes new comments itself.
-- Deletes and updates keep their triggers: they are rare and must never leave stale hits.
DROP TRIGGER `comments_fts_insert`;
