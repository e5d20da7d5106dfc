-- The dashboard kept each trainee's whole fold as one JSON, lists of every rating, attendance, procedure,
-- sign-off, research step, review and corrected entry id included, and read and rewrote it for every event:
-- the longer the record, the slower each entry. Now trainee_dashboard.state keeps only the head (the lists
-- empty), and each element an event adds to a list is a row of its own (DashboardStateCodec names the kinds).
-- An event's items all carry its ledger position, numbered in the order it added them; the key means an
-- event cannot add its items twice.
CREATE TABLE dashboard_item (
    generation      INTEGER     NOT NULL,
    trainee_id      VARCHAR(64) NOT NULL,
    ledger_position BIGINT      NOT NULL,
    ordinal         INTEGER     NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    item            JSONB       NOT NULL,
    PRIMARY KEY (generation, trainee_id, ledger_position, ordinal)
);

-- The states already stored, of every generation (one being rebuilt too), are split in place, so the dashboard
-- reads the same the moment the ledger starts and no rebuild is needed. Each list element becomes an item
-- with its list's kind, in list order; their events' positions are not in the state, so they all take the
-- position the state had reached: before any event still to come, which is all the order needs.
INSERT INTO dashboard_item (generation, trainee_id, ledger_position, ordinal, kind, item)
SELECT d.generation, d.trainee_id, d.ledger_position,
       (row_number() OVER (PARTITION BY d.generation, d.trainee_id ORDER BY k.rank, e.place) - 1)::integer,
       k.kind, e.element
FROM trainee_dashboard d
CROSS JOIN (VALUES (1, 'ratings', 'rating'), (2, 'attendance', 'attendance'), (3, 'procedures', 'procedure'),
                   (4, 'skills', 'skill'), (5, 'research', 'research'), (6, 'reviews', 'review'),
                   (7, 'corrected', 'corrected')) AS k (rank, list, kind)
CROSS JOIN LATERAL jsonb_array_elements(d.state -> k.list) WITH ORDINALITY AS e (element, place);

UPDATE trainee_dashboard
SET state = state || '{"ratings": [], "attendance": [], "procedures": [], "skills": [], "research": [],
                       "reviews": [], "corrected": []}'::jsonb;
