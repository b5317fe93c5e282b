-- Interview Prep schema, version 3: the candidate's interview date per guide.
--
-- Keyed by guide key like the rest of the candidate's work, so the date stays
-- when the guide is edited or re-imported. A day, not a time: scheduling and
-- readiness count whole days. Stored as ISO 8601 text (YYYY-MM-DD), which
-- sorts and reads as a date. No row: no interview date for that guide.

CREATE TABLE interview_date (
    guide_key      TEXT NOT NULL PRIMARY KEY CHECK (guide_key <> ''),
    interview_day  TEXT NOT NULL CHECK (interview_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
