-- The dashboard now keeps where in the ledger and on which day the enrollment was recorded (which requirement set
-- was in force for the trainee), the requirement set the committee moved them to, and when each procedure took place
-- (is it beyond the autonomy granted since?). A dashboard folded before has none of them: its enrollment would read
-- as at position 0, before every requirement set, and so measure the trainee against the track's first set whatever
-- was in force. So every dashboard is rebuilt from the events beside the served one, exactly as V5 did (read it for
-- the why of each step): a new generation is begun, the processor starts again from the first event into it, the
-- old one is served, marked "rebuilding", until the new one has caught up. A rebuild under way is started over; no
-- dashboard (a new ledger) means nothing to rebuild. The ledger is not touched.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM trainee_dashboard) THEN
        UPDATE read_model_generation
        SET building = serving + 1, rebuild_started_at = now(),
            serving_position = (SELECT max(d.ledger_position) FROM trainee_dashboard d WHERE d.generation = serving)
        WHERE read_model = 'dashboard' AND building IS NULL;
        DELETE FROM trainee_dashboard
        WHERE generation = (SELECT building FROM read_model_generation WHERE read_model = 'dashboard');
        DELETE FROM dashboard_item
        WHERE generation = (SELECT building FROM read_model_generation WHERE read_model = 'dashboard');
        DELETE FROM dead_letter_entry WHERE processing_group = 'dashboard';
        -- the token store's table (db/tokens) is migrated first wherever the read models are kept
        IF to_regclass('token_entry') IS NOT NULL THEN
            DELETE FROM token_entry WHERE processor_name = 'dashboard';
        END IF;
    END IF;
END
$$;
