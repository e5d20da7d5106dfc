package org.cartledger.api.readmodel;

import java.time.Instant;

/**
 * Why a view is not as current as the ledger, carried by the view itself so that no one reads it as
 * if it were. Absent (null) on a current view.
 *
 * @param readModel      the read model that is behind ({@code dashboard}, {@code cohort}, {@code transcript})
 * @param reason         {@code entry-failed}: the read model failed on one of this trainee's entries and
 *                       holds everything from it on until an administrator has it retried;
 *                       {@code rebuilding}: the read model is being rebuilt, and this view is the one
 *                       from before the rebuild, which takes in nothing new until the rebuilt one replaces it
 * @param sincePosition  the first ledger position this view lacks
 * @param sinceEntryId   the entry at that position (entry-failed only)
 * @param error          what the read model ran into (entry-failed only)
 * @param since          when it got stuck, or when the rebuild began
 * @param entriesWaiting how many of this trainee's entries wait (entry-failed); for a rebuild, how many
 *                       ledger positions the store has moved on since
 */
public record Staleness(String readModel, String reason, Long sincePosition, String sinceEntryId, String error,
                        Instant since, long entriesWaiting) {

    public static final String ENTRY_FAILED = "entry-failed";
    public static final String REBUILDING = "rebuilding";
}
