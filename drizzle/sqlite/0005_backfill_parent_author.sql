-- Databases ingested before 0004 learn each comment's parent author once; new ingests write it.
UPDATE `comments` SET `parent_author` = (SELECT `p`.`author` FROM `comments` `p` WHERE `p`.`id` = `comments`.`parent_id`) WHERE `parent_id` IS NOT NULL;
