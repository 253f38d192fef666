-- Search as on SQLite (porter stemming, no stop words, accents folded): a snowball English
-- dictionary without a stop-word list, mapped for every kind of word. Accents are folded by
-- the store before text reaches to_tsvector, as SQLite's remove_diacritics does.
CREATE TEXT SEARCH DICTIONARY rethread_stem (TEMPLATE = snowball, Language = english);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rethread (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rethread ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH rethread_stem;
--> statement-breakpoint
-- The change token: raised by every write transaction, which also NOTIFYs rethread_changes.
INSERT INTO changes (id, version) VALUES (1, 0);
