package org.cartledger.query.processing;

import java.time.Instant;

/**
 * One event a read model holds back, as the administrator's dead-letter list shows it.
 *
 * @param error      why it failed: for the first of a trainee's letters, the error it met; the ones
 *                   behind it wait without having been tried
 * @param lastTried  when it was last tried (its first failure or the latest retry)
 */
public record DeadLetterView(Long position, String entryId, String entryType, Instant enqueuedAt, Instant lastTried,
                             String error) {
}
