package org.cartledger.launcher;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;

/** The lines the ledger logs to {@code ledger.security-events} while a test does something to it. */
final class SecurityEventLog {

    private static final String SECURITY_EVENTS = "ledger.security-events";

    private SecurityEventLog() {
    }

    /** Runs {@code call} and adds each security event logged meanwhile, in any thread, to {@code lines}. */
    static <T> T capture(List<String> lines, Callable<T> call) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SECURITY_EVENTS);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            return call.call();
        } finally {
            logger.detachAppender(log);
            log.list.forEach(event -> lines.add(event.getFormattedMessage()));
        }
    }
}
