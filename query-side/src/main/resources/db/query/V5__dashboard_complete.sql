-- The dashboard now keeps what the committee decides from and it left out: each rotation evaluation whole
-- (rotation, evaluator, comments), faculty feedback, technical competency evaluations (new item kinds), and
-- a review's texts and adjusted goals. A dashboard folded before has none of them, and its item rows cannot be
-- completed from what they hold, so every dashboard is rebuilt from the events, beside the served one, as V3
-- did for the transcript and the rebuild endpoint does (Generations, GenerationSwap): a new generation is begun
-- and the dashboard's processor loses its position, so it starts again from the first event (its initial token)
-- into that generation, while the old one is served, marked "rebuilding", until the new one has caught up. The
-- furthest position a served dashboard reached stands for where it stopped. A rebuild already under way is
-- started over, as a second rebuild would be. Its dead letters go too: the rebuild meets those events again
-- and sets aside what still fails. No dashboard (a new ledger) means nothing to rebuild. The ledger is not touched.
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
