-- Read models. Each is derived from the events alone and can be dropped and rebuilt from them.

-- The cohort: one row per trainee.
CREATE TABLE cohort_member (
    trainee_id  VARCHAR(64)  PRIMARY KEY,
    full_name   VARCHAR(200) NOT NULL,
    track       VARCHAR(16)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    mentor_id   VARCHAR(64),
    enrolled_at TIMESTAMPTZ  NOT NULL,
    closed_at   TIMESTAMPTZ
);
CREATE INDEX cohort_member_status_track ON cohort_member (status, track);

-- The transcript: one row per ledger entry, in ledger order per trainee.
CREATE TABLE transcript_entry (
    entry_id              VARCHAR(64)  PRIMARY KEY,
    trainee_id            VARCHAR(64)  NOT NULL,
    ledger_position       BIGINT       NOT NULL UNIQUE,
    entry_type            VARCHAR(64)  NOT NULL,
    occurred_at           TIMESTAMPTZ  NOT NULL,
    recorded_at           TIMESTAMPTZ  NOT NULL,
    recorder_id           VARCHAR(64),
    recorder_role         VARCHAR(32),
    summary               TEXT         NOT NULL,
    corrected_by_entry_id VARCHAR(64),
    correction_reason     TEXT,
    corrects_entry_id     VARCHAR(64),
    replacement_entry_id  VARCHAR(64)
);
CREATE INDEX transcript_entry_trainee_position ON transcript_entry (trainee_id, ledger_position);

-- The competency dashboard: the folded state of each trainee's entries, as JSON; the view is
-- computed from it when asked for (days done and left depend on the day of asking).
CREATE TABLE trainee_dashboard (
    trainee_id      VARCHAR(64) PRIMARY KEY,
    state           JSONB       NOT NULL,
    ledger_position BIGINT      NOT NULL
);
