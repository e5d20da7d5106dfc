package org.cartledger.web.committee;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.entries.EntryOutcome;
import org.cartledger.web.entries.EntrySender;
import org.cartledger.web.entries.RecordingPages;
import org.cartledger.web.entries.RefusalText;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.TraineePageController;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The committee records its monthly review of a trainee: the decision, the autonomy granted, its notes and the
 * adjusted goals, based on the exact ledger position of the dashboard it had on screen (carried from the charts
 * page in the link, kept in the form), so that the review can be reproduced as the committee saw it. Only the
 * committee records a review; the form records once however often it is sent.
 */
@Controller
class CommitteeReviewPage {

    private final QueryGateway queries;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final ProgramTime time;
    private final Clock clock;

    CommitteeReviewPage(QueryGateway queries, EntrySender sender, RefusalText refusals, ProgramTime time, Clock clock) {
        this.queries = queries;
        this.sender = sender;
        this.refusals = refusals;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/committee/trainees/{traineeId}/review")
    String form(@PathVariable TraineeId traineeId, @RequestParam(name = "position", required = false) Long position,
                Authentication authentication, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
        // the dashboard on screen when the link was followed; without one, the dashboard as it is now
        long basis = position != null && position >= 0 && position <= dashboard.ledgerPosition() ? position : dashboard.ledgerPosition();
        return page(model, ReviewForm.empty(RecordingPages.newKey(), basis, YearMonth.now(clock.withZone(time.zone()))), Map.of());
    }

    @PostMapping("/committee/trainees/{traineeId}/review")
    String record(@PathVariable TraineeId traineeId, @ModelAttribute ReviewForm form, Authentication authentication, Locale locale,
                  Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!RecordingPages.isOurKey(form.key())) {
            response.setStatus(422);
            model.addAttribute("formProblem", "enroll.problem.key");
            TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
            return page(model, ReviewForm.empty(RecordingPages.newKey(), dashboard.ledgerPosition(), YearMonth.now(clock.withZone(time.zone()))),
                    Map.of());
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(model, form, problems);
        }
        LedgerPrincipal me = (LedgerPrincipal) model.getAttribute("me");
        EntryOutcome outcome = sender.send(new Recorder(me.id(), LedgerRole.COMMITTEE.name()), traineeId, form.key(),
                clock.instant(), "review", (entryId, occurredAt) -> form.command(traineeId, entryId, occurredAt));
        TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
        Optional<String> recorded = refusals.recordedOrShown(outcome, new LinkedHashSet<>(ReviewForm.FIELDS), dashboard.startDate(),
                dashboard.endDate(), locale, "enroll.problem.notKnown", model, response);
        if (recorded.isEmpty()) {
            return page(model, form, Map.of());
        }
        RecordingPages.awaitTranscript(queries, traineeId, entry -> entry.entryId().equals(recorded.get()));
        return "redirect:/committee/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?reviewed";
    }

    private Optional<String> prepare(TraineeId traineeId, Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        model.addAttribute("traineeId", traineeId);
        if (!me.roles().contains(LedgerRole.COMMITTEE)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.of("web/committee/committee-only");
        }
        Optional<TraineeDashboardView> dashboard = TraineePageController.dashboard(queries, traineeId);
        if (dashboard.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("dashboard", dashboard.get());
        return Optional.empty();
    }

    private static String page(Model model, ReviewForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("decisions", CommitteeDecision.values());
        model.addAttribute("autonomyLevels", AutonomyLevel.values());
        return "web/committee/review";
    }
}
