-- Interview Prep schema, version 6: guide files the library could not read.
--
-- A file added to the library whose guide has errors is not stored as a
-- snapshot, but the candidate should still find it in the library with the
-- reasons, and open what could be read. One row per file; a later add that
-- reads cleanly, or the candidate's Remove, takes it away. diagnostics holds
-- one problem per line, as the parser words it ("Line 12: ...").

CREATE TABLE library_problem (
    file_path   TEXT    NOT NULL PRIMARY KEY,
    title       TEXT    NOT NULL,
    diagnostics TEXT    NOT NULL,
    tried_at    INTEGER NOT NULL
);
