-- Interview Prep schema, version 4: mock interviews.
--
-- A mock interview is a timed run of questions chosen from one guide, then
-- graded by the candidate. Kept whole (what was asked, the outline typed,
-- the time taken against each question's time box, the grade) so it can be
-- reopened and exported long after. The grades also go into review_log like
-- practice grades; graded_at is the time of that log entry, so grading a
-- question again replaces its entry instead of logging the answer twice.
--
-- Keyed by guide and question key like the rest of the candidate's work; the
-- prompt is kept as it was asked, so a mock interview still reads when the
-- guide has since changed. finished_at is NULL while the interview runs (or
-- when the app was killed during it: it can then be resumed).

CREATE TABLE mock_interview (
    mock_id         INTEGER NOT NULL PRIMARY KEY,
    guide_key       TEXT    NOT NULL CHECK (guide_key <> ''),
    started_at      INTEGER NOT NULL,
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),
    finished_at     INTEGER
);

CREATE INDEX mock_interview_by_guide ON mock_interview (guide_key, started_at);

CREATE TABLE mock_interview_question (
    mock_id          INTEGER NOT NULL REFERENCES mock_interview (mock_id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 0),
    question_key     TEXT    NOT NULL CHECK (question_key <> ''),
    category         TEXT    NOT NULL DEFAULT '',
    prompt           TEXT    NOT NULL DEFAULT '',
    time_box_seconds INTEGER NOT NULL CHECK (time_box_seconds > 0),
    seconds_taken    REAL    NOT NULL DEFAULT 0 CHECK (seconds_taken >= 0),
    outline          TEXT    NOT NULL DEFAULT '',
    answered         INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
    grade            INTEGER CHECK (grade IS NULL OR grade BETWEEN 1 AND 4),
    graded_at        INTEGER CHECK ((grade IS NULL) = (graded_at IS NULL)),
    PRIMARY KEY (mock_id, position)
);
