-- Dead letters: the events a read model could not take in, one sequence per trainee, kept by Axon's
-- JdbcSequencedDeadLetterQueue (columns as its DeadLetterSchema, in snake_case). Times are text, as
-- Axon writes them; the cause message is TEXT, since a database error can be longer than 255 characters.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) PRIMARY KEY,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_group_sequence ON dead_letter_entry (processing_group, sequence_identifier);

-- Generations: a rebuild writes a new generation of a read model beside the one being served, and
-- the two swap once the new one has read up to the head of the store. Readers only ever see the
-- serving generation. Rows of the current data become generation 1.
CREATE TABLE read_model_generation (
    read_model          VARCHAR(32) PRIMARY KEY,
    serving             INTEGER     NOT NULL,
    building            INTEGER,
    -- while building: when the rebuild began, and the last position the serving generation had read
    rebuild_started_at  TIMESTAMPTZ,
    serving_position    BIGINT
);
INSERT INTO read_model_generation (read_model, serving) VALUES ('dashboard', 1), ('cohort', 1), ('transcript', 1);

ALTER TABLE cohort_member ADD COLUMN generation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cohort_member DROP CONSTRAINT cohort_member_pkey;
ALTER TABLE cohort_member ADD PRIMARY KEY (generation, trainee_id);
DROP INDEX cohort_member_status_track;
CREATE INDEX cohort_member_status_track ON cohort_member (generation, status, track);

ALTER TABLE transcript_entry ADD COLUMN generation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE transcript_entry DROP CONSTRAINT transcript_entry_pkey;
ALTER TABLE transcript_entry DROP CONSTRAINT transcript_entry_ledger_position_key;
ALTER TABLE transcript_entry ADD PRIMARY KEY (generation, entry_id);
ALTER TABLE transcript_entry ADD CONSTRAINT transcript_entry_position UNIQUE (generation, ledger_position);
DROP INDEX transcript_entry_trainee_position;
CREATE INDEX transcript_entry_trainee_position ON transcript_entry (generation, trainee_id, ledger_position);

ALTER TABLE trainee_dashboard ADD COLUMN generation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE trainee_dashboard DROP CONSTRAINT trainee_dashboard_pkey;
ALTER TABLE trainee_dashboard ADD PRIMARY KEY (generation, trainee_id);
