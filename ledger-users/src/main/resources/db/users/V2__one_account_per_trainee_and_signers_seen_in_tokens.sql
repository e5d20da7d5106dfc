-- One account per trainee id: a trainee id names one person, so two users carrying the same one would be two
-- accounts of one person (and one of them could read that record, or escape "no entries about yourself",
-- under another name). The ledger refuses a second one (409 one-account-per-trainee); this index makes sure
-- that two requests at the same moment cannot both win.
--
-- A database that already holds such a pair is not changed behind anyone's back: the migration stops and
-- names the trainee ids, and the administrator decides which account keeps the id.
DO $$
DECLARE
    duplicated TEXT;
BEGIN
    SELECT string_agg(trainee_id || ' (' || users || ')', '; ') INTO duplicated
    FROM (SELECT trainee_id, string_agg(id, ', ' ORDER BY id) AS users
          FROM ledger_user WHERE trainee_id IS NOT NULL GROUP BY trainee_id HAVING count(*) > 1) AS twice;
    IF duplicated IS NOT NULL THEN
        RAISE EXCEPTION 'More than one user per trainee id: %. Keep the trainee id on one account of each person '
            '(UPDATE ledger_user SET trainee_id = NULL WHERE id = ...) and start the ledger again.', duplicated;
    END IF;
END
$$;

CREATE UNIQUE INDEX ledger_user_one_per_trainee ON ledger_user (trainee_id) WHERE trainee_id IS NOT NULL;

-- Where people sign in with the hospital's tokens, the ledger keeps no users; what it knows of a faculty
-- member or coordinator other than the person signed in is that they have signed in to it, holding that role,
-- at least once (an entry may then name them: a mentor, an approver, a colleague on whose behalf it is made).
-- Access control, not training record, like ledger_user: not events. Empty with password sign-in.
CREATE TABLE signed_in_with_token (
    user_id       VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL
        CHECK (role IN ('COORDINATOR', 'FACULTY', 'COMMITTEE', 'AUDITOR', 'TRAINEE', 'ADMIN')),
    first_seen_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, role)
);
