-- Interview Prep schema, version 1.
--
-- Rules for this folder (see README.md): a migration file is never edited once
-- released; a change to the schema is a new numbered file.
--
-- The candidate's data is keyed by the stable guide, question and requirement
-- keys and has no foreign key to library_guide on purpose: removing a guide
-- from the library keeps the user's work, which reappears when the guide is
-- imported again. Timestamps are milliseconds since the Unix epoch (UTC);
-- dates are 'YYYY-MM-DD' text.

CREATE TABLE library_guide (
    guide_key    TEXT    NOT NULL PRIMARY KEY,
    file_path    TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    snapshot     BLOB    NOT NULL,
    imported_at  INTEGER NOT NULL
);

CREATE TABLE requirement_progress (
    guide_key       TEXT    NOT NULL,
    requirement_key TEXT    NOT NULL,
    status          TEXT    NOT NULL
        CHECK (status IN ('not-started', 'planned', 'in-progress', 'done', 'not-applicable')),
    target_date     TEXT
        CHECK (target_date IS NULL OR target_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    completed_date  TEXT
        CHECK (completed_date IS NULL OR completed_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    evidence        TEXT    NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (guide_key, requirement_key)
);

CREATE TABLE question_note (
    guide_key    TEXT    NOT NULL,
    question_key TEXT    NOT NULL,
    markdown     TEXT    NOT NULL DEFAULT '',
    bookmarked   INTEGER NOT NULL DEFAULT 0 CHECK (bookmarked IN (0, 1)),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (guide_key, question_key)
);

CREATE TABLE star_story (
    story_id   TEXT    NOT NULL PRIMARY KEY,
    title      TEXT    NOT NULL DEFAULT '',
    situation  TEXT    NOT NULL DEFAULT '',
    task       TEXT    NOT NULL DEFAULT '',
    action     TEXT    NOT NULL DEFAULT '',
    result     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Tags keep the order the user gave them.
CREATE TABLE star_story_tag (
    story_id TEXT    NOT NULL REFERENCES star_story (story_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag      TEXT    NOT NULL,
    PRIMARY KEY (story_id, position),
    UNIQUE (story_id, tag)
);

-- Which questions a story answers (many to many). Deleting a story deletes its
-- links; the question side is a pair of keys, so links outlive the guide.
CREATE TABLE star_story_question (
    story_id     TEXT NOT NULL REFERENCES star_story (story_id) ON DELETE CASCADE,
    guide_key    TEXT NOT NULL,
    question_key TEXT NOT NULL,
    PRIMARY KEY (story_id, guide_key, question_key)
);

CREATE INDEX star_story_question_by_question ON star_story_question (guide_key, question_key);

CREATE TABLE review_schedule (
    guide_key        TEXT    NOT NULL,
    question_key     TEXT    NOT NULL,
    due_at           INTEGER NOT NULL,
    interval_days    REAL    NOT NULL CHECK (interval_days >= 0),
    ease             REAL    NOT NULL,
    repetitions      INTEGER NOT NULL DEFAULT 0 CHECK (repetitions >= 0),
    lapses           INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
    last_reviewed_at INTEGER,
    PRIMARY KEY (guide_key, question_key)
);

CREATE INDEX review_schedule_by_due ON review_schedule (due_at);

-- An entry is identified by its question and time, so restoring the same
-- backup twice does not log the same answer twice.
CREATE TABLE review_log (
    review_id    INTEGER NOT NULL PRIMARY KEY,
    guide_key    TEXT    NOT NULL,
    question_key TEXT    NOT NULL,
    reviewed_at  INTEGER NOT NULL,
    grade        INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    seconds      REAL    NOT NULL CHECK (seconds >= 0),
    UNIQUE (guide_key, question_key, reviewed_at)
);

CREATE INDEX review_log_by_time ON review_log (reviewed_at);
