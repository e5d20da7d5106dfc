package org.cartledger.query.processing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which generation of each read model is served and which, during a rebuild, is being built beside it.
 * Handlers write the building generation while there is one and the serving one otherwise: the same
 * number before and after a swap, so a swap never races a handler. Readers read the serving
 * generation, in the same statement as the rows, so a swap is all or nothing to them.
 */
@Component
public class Generations {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public Generations(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A rebuild under way: the generation being built, when it began, and where the served one stopped. */
    public record Rebuild(int generation, Instant startedAt, Long servingPosition) {
    }

    /** The generation a read model's handlers write. */
    public int writing(String readModel) {
        return jdbc.queryForObject("select " + writingSql(readModel), Integer.class);
    }

    /** {@link #writing} as an SQL expression, for a handler that reads it in the same statement as its rows. */
    public static String writingSql(String readModel) {
        return "(select coalesce(building, serving) from read_model_generation where read_model = '" + readModel + "')";
    }

    /**
     * SQL that a query joins to read only the served generation: {@code join <this> on ... = t.generation}.
     * Written once here so that no reader forgets it.
     */
    public static String served(String readModel, String alias) {
        return "join read_model_generation g on g.read_model = '" + readModel + "' and g.serving = " + alias + ".generation";
    }

    public Optional<Rebuild> rebuild(String readModel) {
        List<Rebuild> rebuilds = jdbc.query("""
                        select building, rebuild_started_at, serving_position from read_model_generation
                        where read_model = ? and building is not null""",
                (row, i) -> new Rebuild(row.getInt(1), row.getTimestamp(2).toInstant(),
                        (Long) row.getObject(3, Long.class)),
                readModel);
        return rebuilds.stream().findFirst();
    }

    /**
     * Starts building a new generation, unless one is being built already (a rebuild during a rebuild
     * starts that one again). Either way the generation being built is emptied: a reset starts it over.
     *
     * @param servingPosition where the served generation stands, when known
     */
    public void beginRebuild(String readModel, Long servingPosition) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    update read_model_generation
                    set building = serving + 1, rebuild_started_at = ?, serving_position = ?
                    where read_model = ? and building is null""",
                    // the wall clock, not the ledger's Clock: this times the rebuild (events per second)
                    Timestamp.from(Instant.now()), servingPosition, readModel);
            for (String table : ReadModels.TABLES.get(readModel)) {
                jdbc.update("delete from " + table
                        + " where generation = (select building from read_model_generation where read_model = ?)", readModel);
            }
        });
    }

    /** The generation built becomes the one served, and the one served until now is deleted. */
    public void swap(String readModel) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    update read_model_generation
                    set serving = building, building = null, rebuild_started_at = null, serving_position = null
                    where read_model = ? and building is not null""", readModel);
            for (String table : ReadModels.TABLES.get(readModel)) {
                jdbc.update("delete from " + table
                        + " where generation <> (select serving from read_model_generation where read_model = ?)", readModel);
            }
        });
    }
}
