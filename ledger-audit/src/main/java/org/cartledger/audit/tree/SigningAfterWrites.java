package org.cartledger.audit.tree;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cartledger.http.problem.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Signs a tree head soon after the ledger grows ({@code ledger.integrity.sign-after-writes}, one second by default), so
 * that a bundle or transcript asked for right after an entry finds a head covering it without the reader making the
 * ledger sign. Every write within that second shares the one head: a busy ledger signs about once a second, an idle
 * one not at all. The tree's processor reports growth; the signing runs on a thread of its own, never the processor's.
 */
@Component
class SigningAfterWrites implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SigningAfterWrites.class);

    private final LedgerTree tree;
    private final Duration delay;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor signer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "ledger-tree-signer");
        thread.setDaemon(true);
        return thread;
    });

    SigningAfterWrites(LedgerTree tree, IntegrityProperties properties) {
        this.tree = tree;
        this.delay = properties.signAfterWrites();
        // at shutdown a head not yet due is left to the schedule of the next start
        signer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** The ledger has grown: a head is signed within the delay, unless one is already due. */
    void ledgerGrew() {
        if (delay.isZero() || delay.isNegative() || !scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            signer.schedule(this::sign, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException shuttingDown) {
            scheduled.set(false);
        }
    }

    private void sign() {
        // cleared first: an entry recorded while this head is signed asks for the next one
        scheduled.set(false);
        try {
            tree.publishIfGrown();
        } catch (Refusal refusal) {
            // a breach is reported where it is found (health, security log); anything else is worth a line
            if (!IntegrityBreach.RULE.equals(refusal.rule())) {
                log.warn("No tree head was signed after the ledger grew: {}", refusal.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("No tree head was signed after the ledger grew; the schedule will try again", e);
        }
    }

    /** Before the pool and the database go: a signing under way finishes, none is started. */
    @Override
    public void destroy() throws InterruptedException {
        signer.shutdown();
        if (!signer.awaitTermination(10, TimeUnit.SECONDS)) {
            signer.shutdownNow();
        }
    }
}
