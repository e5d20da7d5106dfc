package org.cartledger.web.coordinator;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.entries.EntryOutcome;
import org.cartledger.web.entries.EntrySender;
import org.cartledger.web.entries.RecordingPages;
import org.cartledger.web.entries.RefusalText;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.TraineePageController;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriUtils;

/**
 * The coordinator extends, completes or closes a trainee's program from the trainee's page: one form each, with
 * a key made when it is rendered, so that sending it twice records once; refusals (a completion whose requirements
 * are not met and carries no waiver, an extension that does not move the end later) next to their fields.
 */
@Controller
public class ProgramChangePage {

    private final QueryGateway queries;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final Clock clock;

    public ProgramChangePage(QueryGateway queries, EntrySender sender, RefusalText refusals, Clock clock) {
        this.queries = queries;
        this.sender = sender;
        this.refusals = refusals;
        this.clock = clock;
    }

    @GetMapping("/trainees/{traineeId}/program/{kind}")
    public String form(@PathVariable TraineeId traineeId, @PathVariable String kind, Authentication authentication, Model model,
                       HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, kind, authentication, model, response);
        return refused.orElseGet(() -> page(model, ProgramChangeForm.empty(RecordingPages.newKey()), Map.of()));
    }

    @PostMapping("/trainees/{traineeId}/program/{kind}")
    public String change(@PathVariable TraineeId traineeId, @PathVariable String kind, @ModelAttribute ProgramChangeForm form,
                         Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, kind, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        ProgramChangeForm.Kind change = ProgramChangeForm.Kind.bySlug(kind);
        if (!RecordingPages.isOurKey(form.key())) {
            response.setStatus(422);
            model.addAttribute("formProblem", "enroll.problem.key");
            return page(model, ProgramChangeForm.empty(RecordingPages.newKey()), Map.of());
        }
        Map<String, String> problems = form.problems(change);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(model, form, problems);
        }
        LedgerPrincipal me = (LedgerPrincipal) model.getAttribute("me");
        EntryOutcome outcome = sender.send(new Recorder(me.id(), LedgerRole.COORDINATOR.name()), traineeId, form.key(),
                clock.instant(), change.slug(), (entryId, occurredAt) -> form.command(change, traineeId, entryId, occurredAt));
        TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
        Optional<String> recorded = refusals.recordedOrShown(outcome, new LinkedHashSet<>(change.fields), dashboard.startDate(),
                dashboard.endDate(), locale, "enroll.problem.notKnown", model, response);
        if (recorded.isEmpty()) {
            return page(model, form, Map.of());
        }
        // the trainee's page shows the dashboard, a read model a moment behind the ledger: land there once it shows
        // the change (a closed program must not still offer to be closed)
        RecordingPages.awaitReadModel(() -> TraineePageController.dashboard(queries, traineeId)
                .filter(shown -> form.isShownBy(change, shown)).isPresent());
        return "redirect:/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?program-" + change.slug();
    }

    /** A coordinator, a program still open, a change the page knows: else the page that says which is not so. */
    private Optional<String> prepare(TraineeId traineeId, String kind, Authentication authentication, Model model,
                                     HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        model.addAttribute("traineeId", traineeId);
        if (!me.roles().contains(LedgerRole.COORDINATOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.of("web/coordinator-only");
        }
        ProgramChangeForm.Kind change = ProgramChangeForm.Kind.bySlug(kind);
        Optional<TraineeDashboardView> dashboard = TraineePageController.dashboard(queries, traineeId);
        if (change == null || dashboard.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("kind", change);
        model.addAttribute("dashboard", dashboard.get());
        model.addAttribute("closed", dashboard.get().status() != TraineeStatus.ENROLLED);
        return Optional.empty();
    }

    private static String page(Model model, ProgramChangeForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "web/program-change";
    }
}
