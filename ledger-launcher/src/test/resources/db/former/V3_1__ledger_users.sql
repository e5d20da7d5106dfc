-- Who may sign in to the embedded ledger (HTTP Basic), and under which roles.
--
-- Not events, on purpose: this is access control, not the training record. Passwords change and roles
-- are granted as people come and go, none of it is evidence of anyone's training, and a password hash
-- must never travel in a transcript bundle or an audit export. What is kept is who created each user
-- and granted each role, and when; every ledger entry names the user who recorded it.
-- With JWT sign-in (ledger.security.jwt.*) these tables stay empty: users live at the identity provider.

CREATE TABLE ledger_user (
    id                  VARCHAR(64)  PRIMARY KEY,
    -- bcrypt, prefixed with {bcrypt}
    password_hash       VARCHAR(255) NOT NULL,
    -- the trainee this person is, if any: they read that record only and make no entries in it
    trainee_id          VARCHAR(64),
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    password_changed_by VARCHAR(64)  NOT NULL,
    password_changed_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE ledger_user_role (
    user_id    VARCHAR(64) NOT NULL REFERENCES ledger_user (id),
    role       VARCHAR(16) NOT NULL
        CHECK (role IN ('COORDINATOR', 'FACULTY', 'COMMITTEE', 'AUDITOR', 'TRAINEE', 'ADMIN')),
    granted_by VARCHAR(64) NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, role)
);
