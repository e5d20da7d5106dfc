-- Axon's token store: how far each projection has read the event store. Same layout as Axon's
-- JdbcTokenStore expects (TokenSchema defaults), created here so the schema is migrated, not
-- improvised at run time.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
