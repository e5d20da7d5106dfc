package org.cartledger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table the issue asks for: each figure of the ledger beside the raw PostgreSQL figure taken in the
 * same run, their ratio and the target. Cells are text, since a row may say why it has no figure.
 */
final class BenchTable {

    static final String[] COLUMNS = {"what", "ledger", "raw PostgreSQL (same run)", "ratio", "issue-10 target", "met?"};

    /** @param number the row of the list it answers, which orders the table whatever order it was measured in */
    record Row(int number, String what, String ledger, String raw, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(Row row) {
        rows.add(row);
        System.out.println("  | " + String.join(" | ", row.what(), row.ledger(), row.raw(), row.ratio(), row.target(), row.met()));
    }

    /** A row that could not be measured in this run, and why. */
    void notMeasured(int number, String what, String target, String why) {
        add(new Row(number, what, "not measured: " + why, "", "", target, "?"));
    }

    synchronized void note(String note) {
        notes.add(note);
    }

    synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    synchronized String markdown(String heading) {
        StringBuilder out = new StringBuilder();
        if (heading != null && !heading.isBlank()) {
            out.append(heading).append("\n\n");
        }
        out.append(line(COLUMNS));
        out.append("|---|---|---|---|---|---|\n");
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparingInt(Row::number));
        for (Row row : ordered) {
            out.append(line(row.what(), row.ledger(), row.raw(), row.ratio(), row.target(), row.met()));
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    private static String line(String... cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            // a pipe inside a cell would end it early
            out.append(' ').append(cell == null ? "" : cell.replace("|", "\\|")).append(" |");
        }
        return out.append('\n').toString();
    }

    // --- formatting shared by the measurements, so every row reads the same way ---

    static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%,.0f/s", rate);
    }

    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f ms", ms) : String.format(Locale.ROOT, "%,.1f ms", ms);
    }

    /** The ledger's rate as a share of raw PostgreSQL's. */
    static String percentOf(double ledger, double raw) {
        if (raw <= 0 || Double.isNaN(ledger) || Double.isNaN(raw)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * ledger / raw);
    }

    /** How many times longer the ledger took than raw PostgreSQL. */
    static String times(double ledger, double raw) {
        if (raw <= 0 || Double.isNaN(ledger) || Double.isNaN(raw)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1fx", ledger / raw);
    }

    static String met(boolean met) {
        return met ? "yes" : "no";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
