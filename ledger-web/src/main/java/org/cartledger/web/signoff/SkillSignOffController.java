package org.cartledger.web.signoff;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.PageAccess;
import org.cartledger.web.trainees.TraineePageController;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriUtils;

/**
 * A skill sign-off in two taps from the trainee's page: the skill (which opens this form, in place with
 * htmx), then "Sign off". The form carries a key made when it is rendered, so that submitting it twice
 * records once. A refusal is shown in the form, next to the field, with the ledger's reason.
 */
@Controller
public class SkillSignOffController {

    /** How long a sign-off waits for the dashboard to show it before the page is shown anyway. */
    private static final Duration DASHBOARD_CATCH_UP = Duration.ofSeconds(5);

    private final QueryGateway queries;
    private final SkillSignOff signOff;

    public SkillSignOffController(QueryGateway queries, SkillSignOff signOff) {
        this.queries = queries;
        this.signOff = signOff;
    }

    @GetMapping("/trainees/{traineeId}/skills/{skill}")
    public String form(@PathVariable TraineeId traineeId, @PathVariable String skill,
                       @RequestHeader(name = "HX-Request", required = false) String htmx,
                       Authentication authentication, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, skill, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        SkillStatus status = (SkillStatus) model.getAttribute("status");
        model.addAttribute("form", new SignOffForm("web-" + UUID.randomUUID(), status.signOffs(), ""));
        return htmx != null ? "web/sign-off-form :: form" : "web/sign-off";
    }

    @PostMapping("/trainees/{traineeId}/skills/{skill}")
    public String signOff(@PathVariable TraineeId traineeId, @PathVariable String skill, @ModelAttribute("form") SignOffForm form,
                          @RequestHeader(name = "HX-Request", required = false) String htmx,
                          Authentication authentication, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, skill, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        String view = htmx != null ? "web/sign-off-form :: form" : "web/sign-off";
        if (!form.keyIsOurs()) {
            // not a form this app rendered: a fresh one, so that nothing is recorded under a key nobody saw
            SkillStatus status = (SkillStatus) model.getAttribute("status");
            model.addAttribute("form", new SignOffForm("web-" + UUID.randomUUID(), status.signOffs(), form.notes()));
            model.addAttribute("formProblem", "signOff.key.invalid");
            response.setStatus(422);
            return view;
        }
        String notesProblem = form.notesProblem();
        if (notesProblem != null) {
            model.addAttribute("notesProblem", notesProblem);
            response.setStatus(422);
            return view;
        }
        LedgerPrincipal me = SignedIn.person(authentication);
        SignOffOutcome outcome = signOff.signOff(me.id(), traineeId, skill, form.notesOrNull(), form.key());
        if (outcome instanceof SignOffOutcome.Refused refusal) {
            model.addAttribute("refusal", refusal.refusal());
            response.setStatus(422);
            return view;
        }
        if (outcome instanceof SignOffOutcome.NotKnown) {
            model.addAttribute("formProblem", "signOff.notKnown");
            response.setStatus(503);
            return view;
        }
        boolean shown = awaitDashboard(traineeId, skill, form.seen() == null ? 0 : form.seen() + 1);
        String page = "/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?signed-off=" + skill
                + (shown ? "" : "&catching-up") + "#skill-" + skill;
        if (htmx != null) {
            // htmx follows this header with a whole-page visit, so the dashboard is shown as after a plain post
            response.setHeader("HX-Redirect", page);
            return "web/sign-off-form :: empty";
        }
        return "redirect:" + page;
    }

    /**
     * The checks every request here shares: the person may sign off in this record, the skill is in the
     * catalog, the trainee exists. Leaves the skill and its status on the model; the view to show instead
     * when one fails.
     */
    private Optional<String> prepare(TraineeId traineeId, String skill, Authentication authentication, Model model,
                                     HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        model.addAttribute("traineeId", traineeId);
        if (!PageAccess.maySignOff(me, traineeId)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.of(PageAccess.mayRead(me, traineeId) ? "web/faculty-only" : "web/not-yours");
        }
        Optional<CatalogItem> item = TrainingCatalog.skill(skill);
        Optional<TraineeDashboardView> dashboard = TraineePageController.dashboard(queries, traineeId);
        if (item.isEmpty() || dashboard.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("skill", item.get());
        model.addAttribute("dashboard", dashboard.get());
        model.addAttribute("status", dashboard.get().skills().stream().filter(s -> s.skill().equals(skill)).findFirst()
                .orElse(new SkillStatus(skill, item.get().name(), item.get().group(), null, 0)));
        return Optional.empty();
    }

    /**
     * The dashboard is a read model that follows the ledger a moment behind: wait, briefly, until it
     * shows as many sign-offs of the skill as the person expects, so the page they land on shows theirs.
     */
    private boolean awaitDashboard(TraineeId traineeId, String skill, int expected) {
        long deadline = System.nanoTime() + DASHBOARD_CATCH_UP.toNanos();
        while (true) {
            boolean shown = TraineePageController.dashboard(queries, traineeId).stream()
                    .flatMap(dashboard -> dashboard.skills().stream())
                    .anyMatch(status -> status.skill().equals(skill) && status.signOffs() >= expected);
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
