-- The transcript keeps each entry's facts beside its English summary (EntryFacts: name -> value, as stored in
-- the event), so that the pages can say the entry in their own language. A line written before has none.
ALTER TABLE transcript_entry ADD COLUMN facts JSONB;

-- So that every line gets its facts, the transcript is rebuilt from the events, beside the served one, as the
-- rebuild endpoint does it (Generations, GenerationSwap): a new generation is begun and the transcript's
-- processor loses its position, so it starts again from the first event (its initial token) into that
-- generation, and the old one is served, marked "rebuilding", until the new one has caught up. The served
-- one's last line stands for where it stopped. A rebuild already under way is started over, as a second
-- rebuild would be. Its dead letters go too: the rebuild meets those events again and sets aside what still
-- fails. An empty transcript (a new ledger) has nothing to rebuild. Nothing in the ledger is touched.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM transcript_entry) THEN
        UPDATE read_model_generation
        SET building = serving + 1, rebuild_started_at = now(),
            serving_position = (SELECT max(t.ledger_position) FROM transcript_entry t WHERE t.generation = serving)
        WHERE read_model = 'transcript' AND building IS NULL;
        DELETE FROM transcript_entry
        WHERE generation = (SELECT building FROM read_model_generation WHERE read_model = 'transcript');
        DELETE FROM dead_letter_entry WHERE processing_group = 'transcript';
        -- the token store's table (db/tokens) is migrated first wherever the read models are kept
        IF to_regclass('token_entry') IS NOT NULL THEN
            DELETE FROM token_entry WHERE processor_name = 'transcript';
        END IF;
    END IF;
END
$$;
