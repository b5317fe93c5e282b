-- Interview Prep schema, version 2: the practice schedule holds FSRS-6 state.
--
-- The review log is the truth and the schedule is derived from it, so the
-- SM-2 rows of version 1 (ease, repetitions) are dropped rather than
-- converted: SM-2's ease has no FSRS-6 counterpart. The new table starts
-- empty; a row in review_schedule_stale says the schedules must be derived
-- again by replaying review_log in time order (PracticeService does it, in
-- C++, before the schedules are next read or written), because SQL cannot
-- run FSRS-6.

DROP INDEX review_schedule_by_due;
DROP TABLE review_schedule;

CREATE TABLE review_schedule (
    guide_key        TEXT    NOT NULL,
    question_key     TEXT    NOT NULL,
    stability        REAL    NOT NULL CHECK (stability > 0),
    difficulty       REAL    NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
    interval_days    INTEGER NOT NULL CHECK (interval_days >= 1),
    due_at           INTEGER NOT NULL,
    last_reviewed_at INTEGER NOT NULL,
    reviews          INTEGER NOT NULL CHECK (reviews >= 1),
    lapses           INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
    last_grade       INTEGER NOT NULL CHECK (last_grade BETWEEN 1 AND 4),
    PRIMARY KEY (guide_key, question_key)
);

CREATE INDEX review_schedule_by_due ON review_schedule (due_at);

-- At most one row: present while review_schedule may disagree with
-- review_log (after this upgrade, after a restore). Cleared in the same
-- transaction that writes the replayed schedules, so a kill in between
-- leaves it set and the replay is simply done again.
CREATE TABLE review_schedule_stale (
    pending INTEGER NOT NULL PRIMARY KEY CHECK (pending = 1)
);

INSERT INTO review_schedule_stale (pending) SELECT 1 WHERE EXISTS (SELECT 1 FROM review_log);
