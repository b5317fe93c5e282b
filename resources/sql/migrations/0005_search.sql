-- Interview Prep schema, version 5: search over everything.
--
-- One document per thing a search can find: a guide's question or
-- requirement, the candidate's note on a question, the evidence written for a
-- requirement, a STAR story. search_fts indexes the documents' words (FTS5,
-- diacritics folded, prefixes of 2 and 3 characters kept for results as the
-- user types). The documents have an INTEGER PRIMARY KEY of their own because
-- the index refers to them by rowid, and VACUUM (backups are made with VACUUM
-- INTO) may renumber the rowids of any other table.
--
-- The candidate's own text is indexed by triggers, so the index changes in
-- the same transaction as the text, whichever code writes it (the app, the
-- command line, a restore). A guide's questions and requirements are written
-- by the library in the transaction that stores the guide's snapshot;
-- search_indexed_guide says which snapshot (and which version of the
-- document builder) they came from, so guides stored before this version are
-- indexed from their snapshot on first search.

CREATE TABLE search_document (
    doc_id    INTEGER NOT NULL PRIMARY KEY,
    kind      TEXT    NOT NULL
        CHECK (kind IN ('question', 'requirement', 'note', 'evidence', 'story')),
    guide_key TEXT    NOT NULL, -- '' for stories, which belong to no guide
    item_key  TEXT    NOT NULL, -- question, requirement or story key
    title     TEXT    NOT NULL DEFAULT '',
    body      TEXT    NOT NULL DEFAULT '',
    tags      TEXT    NOT NULL DEFAULT '', -- a question's category, a story's tags
    UNIQUE (kind, guide_key, item_key)
);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    title, body, tags,
    content = 'search_document',
    content_rowid = 'doc_id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TABLE search_indexed_guide (
    guide_key    TEXT    NOT NULL PRIMARY KEY,
    content_hash TEXT    NOT NULL,
    builder      INTEGER NOT NULL,
    title        TEXT    NOT NULL DEFAULT ''
);

-- The index follows the documents.

CREATE TRIGGER search_document_inserted AFTER INSERT ON search_document BEGIN
    INSERT INTO search_fts (rowid, title, body, tags)
        VALUES (NEW.doc_id, NEW.title, NEW.body, NEW.tags);
END;

CREATE TRIGGER search_document_deleted AFTER DELETE ON search_document BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, tags)
        VALUES ('delete', OLD.doc_id, OLD.title, OLD.body, OLD.tags);
END;

CREATE TRIGGER search_document_updated AFTER UPDATE ON search_document BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, tags)
        VALUES ('delete', OLD.doc_id, OLD.title, OLD.body, OLD.tags);
    INSERT INTO search_fts (rowid, title, body, tags)
        VALUES (NEW.doc_id, NEW.title, NEW.body, NEW.tags);
END;

-- Notes: an empty note (a bookmark only) is no document.

CREATE TRIGGER question_note_indexed AFTER INSERT ON question_note
WHEN NEW.markdown <> '' BEGIN
    INSERT INTO search_document (kind, guide_key, item_key, body)
        VALUES ('note', NEW.guide_key, NEW.question_key, NEW.markdown);
END;

CREATE TRIGGER question_note_reindexed AFTER UPDATE ON question_note BEGIN
    DELETE FROM search_document
        WHERE kind = 'note' AND guide_key = OLD.guide_key AND item_key = OLD.question_key;
    INSERT INTO search_document (kind, guide_key, item_key, body)
        SELECT 'note', NEW.guide_key, NEW.question_key, NEW.markdown WHERE NEW.markdown <> '';
END;

CREATE TRIGGER question_note_unindexed AFTER DELETE ON question_note BEGIN
    DELETE FROM search_document
        WHERE kind = 'note' AND guide_key = OLD.guide_key AND item_key = OLD.question_key;
END;

-- Evidence written for a requirement.

CREATE TRIGGER requirement_progress_indexed AFTER INSERT ON requirement_progress
WHEN NEW.evidence <> '' BEGIN
    INSERT INTO search_document (kind, guide_key, item_key, body)
        VALUES ('evidence', NEW.guide_key, NEW.requirement_key, NEW.evidence);
END;

CREATE TRIGGER requirement_progress_reindexed AFTER UPDATE ON requirement_progress BEGIN
    DELETE FROM search_document
        WHERE kind = 'evidence' AND guide_key = OLD.guide_key AND item_key = OLD.requirement_key;
    INSERT INTO search_document (kind, guide_key, item_key, body)
        SELECT 'evidence', NEW.guide_key, NEW.requirement_key, NEW.evidence
        WHERE NEW.evidence <> '';
END;

CREATE TRIGGER requirement_progress_unindexed AFTER DELETE ON requirement_progress BEGIN
    DELETE FROM search_document
        WHERE kind = 'evidence' AND guide_key = OLD.guide_key AND item_key = OLD.requirement_key;
END;

-- Stories: the title and the four parts. Their tags are written after the
-- story's row, by StoryRepository, which then sets the document's tags in the
-- same transaction (a trigger per tag would be quadratic in the tag count).

CREATE TRIGGER star_story_indexed AFTER INSERT ON star_story BEGIN
    INSERT INTO search_document (kind, guide_key, item_key, title, body)
        VALUES ('story', '', NEW.story_id, NEW.title,
                NEW.situation || char(10) || NEW.task || char(10) || NEW.action || char(10)
                    || NEW.result);
END;

CREATE TRIGGER star_story_reindexed AFTER UPDATE ON star_story BEGIN
    UPDATE search_document
        SET item_key = NEW.story_id, title = NEW.title,
            body = NEW.situation || char(10) || NEW.task || char(10) || NEW.action || char(10)
                || NEW.result
        WHERE kind = 'story' AND guide_key = '' AND item_key = OLD.story_id;
END;

CREATE TRIGGER star_story_unindexed AFTER DELETE ON star_story BEGIN
    DELETE FROM search_document WHERE kind = 'story' AND guide_key = '' AND item_key = OLD.story_id;
END;

-- What the candidate wrote before this version.

INSERT INTO search_document (kind, guide_key, item_key, body)
    SELECT 'note', guide_key, question_key, markdown FROM question_note WHERE markdown <> '';

INSERT INTO search_document (kind, guide_key, item_key, body)
    SELECT 'evidence', guide_key, requirement_key, evidence FROM requirement_progress
    WHERE evidence <> '';

INSERT INTO search_document (kind, guide_key, item_key, title, body, tags)
    SELECT 'story', '', s.story_id, s.title,
           s.situation || char(10) || s.task || char(10) || s.action || char(10) || s.result,
           coalesce((SELECT group_concat(t.tag, ' ') FROM star_story_tag t
                     WHERE t.story_id = s.story_id), '')
    FROM star_story s;

-- A word in a title counts four times one in the text, a tag (a category, a
-- story's tag) twice.
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0)');
