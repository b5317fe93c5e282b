-- Interview Prep schema, version 7: what the library lists, beside each
-- snapshot.
--
-- The guide switcher and the library list every guide by title with its
-- counts. Read from the snapshots, that meant decoding every guide whenever
-- the list opened: a second for a library of 100 guides. The title and the
-- counts are now kept in columns, set from the snapshot each time one is
-- written (LibraryRepository, with the same expressions), and here for the
-- snapshots stored before. readable is 0 for a snapshot that is not a
-- guide's JSON (damaged, or written by something else): the library lists
-- it as a problem instead.

ALTER TABLE library_guide ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE library_guide ADD COLUMN question_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE library_guide ADD COLUMN requirement_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE library_guide ADD COLUMN readable INTEGER NOT NULL DEFAULT 0;

-- CASE, not AND: the JSON functions fail on text that is not JSON, and only
-- CASE promises not to call them then.
UPDATE library_guide SET readable = CASE WHEN json_valid(CAST(snapshot AS TEXT))
    THEN json_type(CAST(snapshot AS TEXT)) = 'object'
         AND coalesce(json_extract(CAST(snapshot AS TEXT), '$.key'), '') <> ''
    ELSE 0 END;

UPDATE library_guide SET
    title = coalesce(json_extract(CAST(snapshot AS TEXT), '$.title'), ''),
    question_count = coalesce(json_array_length(CAST(snapshot AS TEXT), '$.questions'), 0),
    requirement_count = (SELECT count(*)
        FROM json_each(CAST(library_guide.snapshot AS TEXT), '$.requirementGroups') AS grp,
             json_each(grp.value, '$.items'))
    WHERE readable;
