package org.cartledger.query.processing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Serves a rebuilt read model once it has caught up: every few hundred milliseconds, for each read
 * model being rebuilt whose processor holds every segment and has read up to the head of the store,
 * the new generation becomes the served one and the old one is deleted. Only a process that holds
 * every segment swaps, so with several query sides the one that finishes the rebuild does it.
 */
@Component
public class GenerationSwap implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GenerationSwap.class);
    private static final long CHECK_EVERY_MILLIS = 200;

    private final ProjectionRebuilder projections;
    private ScheduledExecutorService checks;

    public GenerationSwap(ProjectionRebuilder projections) {
        this.projections = projections;
    }

    /** Swaps every rebuilt read model that is ready; public so a caller need not wait for the next check. */
    public void swapWhatIsReady() {
        for (String readModel : ReadModels.ALL) {
            if (projections.serveIfRebuilt(readModel)) {
                log.info("Read model {} rebuilt up to the head of the store: now served", readModel);
            }
        }
    }

    @Override
    public synchronized void start() {
        checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-model-generation-swap");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(() -> {
            try {
                swapWhatIsReady();
            } catch (RuntimeException e) {
                log.warn("Could not check the rebuilt read models", e);
            }
        }, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (checks != null) {
            checks.shutdownNow();
            checks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return checks != null;
    }

    /** Stops before the processors and the database do (a lower phase stops later). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
