package org.cartledger.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (the WebJar, never a CDN) in the page a browser shows and lists what breaks WCAG 2.0 and
 * 2.1 at levels A and AA: contrast, names of controls and links, labels, landmarks, language, ARIA use.
 * A rule axe cannot decide alone ("incomplete") is not a failure here; what it finds is.
 */
final class PageAccessibility {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(results => done(results.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help,
                   targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))))
               .catch(error => done([{id: 'axe-failed', impact: 'critical', help: String(error), targets: ''}]));
            """;
    private static String axe;

    private PageAccessibility() {
    }

    /** What the page now shown breaks, one line per rule: its id, impact, what it asks and where; empty when nothing. */
    static List<String> violations(PhoneBrowser browser) {
        browser.driver().executeScript(axeScript());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.driver().executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " at "
                    + violation.get("targets") + " on " + browser.path());
        }
        return lines;
    }

    private static synchronized String axeScript() {
        if (axe == null) {
            try (InputStream script = PageAccessibility.class.getResourceAsStream(AXE)) {
                if (script == null) {
                    throw new IllegalStateException("axe-core is not on the test class path at " + AXE);
                }
                axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }
}
