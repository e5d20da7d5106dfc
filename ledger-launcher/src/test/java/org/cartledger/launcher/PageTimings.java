package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's time for the page a browser shows, as the page's {@code Server-Timing} header told the
 * browser (Navigation Timing), written to target/page-timings.csv for a person to read. Recorded, never
 * judged: times on a shared 2-core machine say nothing a test could hold a page to.
 */
final class PageTimings {

    static final Path FILE = Path.of("target", "page-timings.csv");

    private PageTimings() {
    }

    /** The server's milliseconds for the page now shown; fails when the page carried no Server-Timing. */
    static double record(PhoneBrowser browser, String page) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> timings = (List<Map<String, Object>>) browser.driver().executeScript("""
                const navigation = performance.getEntriesByType('navigation')[0];
                return navigation ? navigation.serverTiming.map(t => ({name: t.name, duration: t.duration})) : [];""");
        Map<String, Object> server = timings.stream().filter(timing -> "page".equals(timing.get("name"))).findFirst()
                .orElse(null);
        assertThat(server).as("Server-Timing on " + browser.path()).isNotNull();
        double millis = ((Number) server.get("duration")).doubleValue();
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, String.format(Locale.ROOT, "%s,%s,%.1f%n", page, browser.path(), millis),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return millis;
    }
}
