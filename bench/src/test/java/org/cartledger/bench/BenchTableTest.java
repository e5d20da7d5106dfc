package org.cartledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void rowsAreListedInTheIssuesOrderWhateverOrderTheyWereMeasuredIn() {
        BenchTable table = new BenchTable();
        table.add(new BenchTable.Row(11, "11. audit", "a", "b", "c", "d", "yes"));
        table.add(new BenchTable.Row(1, "1. ingest", "a", "b", "c", "d", "no"));
        table.add(new BenchTable.Row(1, "1. ingest, 1 client", "a", "b", "c", "d", "no"));

        String[] lines = table.markdown(null).split("\n");

        assertEquals("| what | ledger | raw PostgreSQL (same run) | ratio | issue-10 target | met? |", lines[0]);
        assertEquals("|---|---|---|---|---|---|", lines[1]);
        assertTrue(lines[2].startsWith("| 1. ingest |"));
        assertTrue(lines[3].startsWith("| 1. ingest, 1 client |"));
        assertTrue(lines[4].startsWith("| 11. audit |"));
    }

    @Test
    void aPipeInACellDoesNotEndTheCell() {
        BenchTable table = new BenchTable();
        table.add(new BenchTable.Row(1, "a | b", "", "", "", "", ""));

        assertTrue(table.markdown(null).contains("| a \\| b |"));
    }

    @Test
    void notesFollowTheTable() {
        BenchTable table = new BenchTable();
        table.add(new BenchTable.Row(1, "x", "", "", "", "", ""));
        table.note("figures are ratios");

        assertTrue(table.markdown(null).endsWith("\n- figures are ratios\n"));
    }

    @Test
    void ratiosAreTheLedgersShareOfRawOrHowManyTimesItTook() {
        assertEquals("43.0 %", BenchTable.percentOf(430, 1000));
        assertEquals("1.5x", BenchTable.times(15, 10));
        assertEquals("n/a", BenchTable.percentOf(1, 0));
    }

    @Test
    void millisecondsKeepTwoDecimalsBelowTen() {
        assertEquals("0.53 ms", BenchTable.millis(0.531));
        assertEquals("1,420.2 ms", BenchTable.millis(1420.23));
    }
}
