-- The sample data in the schema version 1 fixture (v1.sqlite). Every fixture
-- tests/data/db/vN.sqlite holds this same logical data, written in its own
-- version's schema, and tst_migrations checks all of it after migrating each
-- one to the newest version. See README.md for how the file was made.
BEGIN;

INSERT INTO library_guide VALUES
    ('machine-learning-engineer', 'content/ml-engineer.md', 'sha256:5f1e0c', X'7B226B6579223A226D6C65227D', 1764000000000);

INSERT INTO requirement_progress VALUES
    ('machine-learning-engineer', 'machine-learning-engineer/aws-certified-machine-learning-specialty',
     'done', '2026-10-01', '2026-10-15', 'Credential ID ABC-123', 1764000001000),
    ('machine-learning-engineer', 'machine-learning-engineer/masters-degree',
     'planned', '2027-06-30', NULL, '', 1764000002000);

INSERT INTO question_note VALUES
    ('machine-learning-engineer', 'machine-learning-engineer/what-is-overfitting',
     '# Overfitting' || char(10) || char(10) || 'Mention the validation curve; café, naïve, “quotes” and a ''single'' one.',
     1, 1764000003000),
    ('data-scientist', 'data-scientist/a-guide-not-in-the-library',
     'Kept although its guide is not imported.', 0, 1764000004000);

INSERT INTO star_story VALUES
    ('story-fixture-1', 'Shipping the ranking model',
     'Search relevance had dropped after a catalogue change.',
     'I owned the retraining pipeline.',
     'Rebuilt features, added a shadow deployment.',
     'CTR up 4% in two weeks.', 1764000005000, 1764000006000);

INSERT INTO star_story_tag VALUES
    ('story-fixture-1', 0, 'leadership'),
    ('story-fixture-1', 1, 'ml-ops');

INSERT INTO star_story_question VALUES
    ('story-fixture-1', 'machine-learning-engineer', 'machine-learning-engineer/what-is-overfitting'),
    ('story-fixture-1', 'data-scientist', 'data-scientist/a-guide-not-in-the-library');

INSERT INTO review_schedule VALUES
    ('machine-learning-engineer', 'machine-learning-engineer/what-is-overfitting',
     1764600000000, 6.0, 2.5, 2, 0, 1764000008000);

INSERT INTO review_log (guide_key, question_key, reviewed_at, grade, seconds) VALUES
    ('machine-learning-engineer', 'machine-learning-engineer/what-is-overfitting', 1764000007000, 2, 95.5),
    ('machine-learning-engineer', 'machine-learning-engineer/what-is-overfitting', 1764000008000, 3, 40);

COMMIT;
