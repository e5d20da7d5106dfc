package org.cartledger.web.entries;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.PageAccess;
import org.cartledger.web.trainees.TraineePageController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/** What every page that records an entry shares: who may, the form's key, and waiting for the record to show it. */
public final class RecordingPages {

    /** How long a recorded entry waits for the read models to show it before the page is shown anyway. */
    private static final Duration CATCH_UP = Duration.ofSeconds(5);
    private static final Pattern KEY = Pattern.compile("web-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RecordingPages() {
    }

    /** A key for a form being rendered: every submission of that form carries it, so it records once. */
    public static String newKey() {
        return "web-" + UUID.randomUUID();
    }

    /** Whether a key is one this app makes; any other is not sent, so nothing is recorded under a key nobody saw. */
    public static boolean isOurKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * The checks every recording page shares: the person may record in this record (faculty, not their own), and
     * the trainee exists. Leaves the person, the trainee's id and dashboard on the model; the view to show
     * instead when a check fails.
     */
    public static Optional<String> prepare(QueryGateway queries, TraineeId traineeId, Authentication authentication, Model model,
                                           HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        model.addAttribute("traineeId", traineeId);
        if (!PageAccess.mayRecord(me, traineeId)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.of(PageAccess.mayRead(me, traineeId) ? "web/faculty-only" : "web/not-yours");
        }
        Optional<TraineeDashboardView> dashboard = TraineePageController.dashboard(queries, traineeId);
        if (dashboard.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("dashboard", dashboard.get());
        return Optional.empty();
    }

    public static List<TranscriptEntryView> transcript(QueryGateway queries, TraineeId traineeId) {
        return queries.query(new FindTranscriptQuery(traineeId), ResponseTypes.optionalInstanceOf(TranscriptView.class)).join()
                .map(TranscriptView::entries).orElse(List.of());
    }

    /**
     * The transcript is a read model that follows the ledger a moment behind: wait, briefly, until one of its
     * entries is as the person expects, so the page they land on shows what they recorded.
     */
    public static boolean awaitTranscript(QueryGateway queries, TraineeId traineeId, Predicate<TranscriptEntryView> expected) {
        return awaitReadModel(() -> transcript(queries, traineeId).stream().anyMatch(expected));
    }

    /** Asks a read model again and again, briefly, until it shows what was just recorded; whether it does. */
    public static boolean awaitReadModel(BooleanSupplier shows) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            boolean shown = shows.getAsBoolean();
            if (shown || System.nanoTime() > deadline) {
                return shown;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
