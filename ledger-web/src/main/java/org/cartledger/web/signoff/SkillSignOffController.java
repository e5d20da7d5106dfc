package org.cartledger.web.signoff;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.entries.EntryForms;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriUtils;

/**
 * A skill sign-off in two taps from the trainee's page: the skill (which opens this form, in place with
 * htmx), then "Sign off"; the day is today unless changed. The form carries a key made when it is rendered,
 * so that submitting it twice records once. A refusal is shown in the form, next to the field it is about,
 * in the page's words.
 */
@Controller
public class SkillSignOffController {

    private static final Set<String> FIELDS = Set.of("date", "skill");

    private final QueryGateway queries;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final ProgramTime time;
    private final Clock clock;

    public SkillSignOffController(QueryGateway queries, EntrySender sender, RefusalText refusals, ProgramTime time, Clock clock) {
        this.queries = queries;
        this.sender = sender;
        this.refusals = refusals;
        this.time = time;
        this.clock = clock;
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
        model.addAttribute("form", new SignOffForm(RecordingPages.newKey(), status.signOffs(), time.today().toString(), ""));
        return htmx != null ? "web/sign-off-form :: form" : "web/sign-off";
    }

    @PostMapping("/trainees/{traineeId}/skills/{skill}")
    public String signOff(@PathVariable TraineeId traineeId, @PathVariable String skill, @ModelAttribute("form") SignOffForm form,
                          @RequestHeader(name = "HX-Request", required = false) String htmx,
                          Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, skill, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        String view = htmx != null ? "web/sign-off-form :: form" : "web/sign-off";
        if (!RecordingPages.isOurKey(form.key())) {
            // not a form this app rendered: a fresh one, so that nothing is recorded under a key nobody saw
            SkillStatus status = (SkillStatus) model.getAttribute("status");
            model.addAttribute("form", new SignOffForm(RecordingPages.newKey(), status.signOffs(), form.date(), form.notes()));
            model.addAttribute("formProblem", "signOff.key.invalid");
            response.setStatus(422);
            return view;
        }
        LocalDate day = form.day();
        String notesProblem = form.notesProblem();
        if (day == null || notesProblem != null) {
            model.addAttribute("dateProblem", day == null ? "entry.problem.notADate" : null);
            model.addAttribute("notesProblem", notesProblem);
            response.setStatus(422);
            return view;
        }
        LedgerPrincipal me = SignedIn.person(authentication);
        // signedOffBy left out: the record takes the signed-in faculty member, as for the API
        EntryOutcome outcome = sender.send(me.id(), traineeId, form.key(), EntryForms.occurredAt(day, clock.instant(), time.zone()),
                day.toString(), (entryId, at) -> new SignOffSkillCommand(traineeId, entryId, at, skill, null, form.notesOrNull(), null));
        if (outcome instanceof EntryOutcome.Refused refusal) {
            TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
            model.addAttribute("refusal", refusals.show(refusal.refusal(), FIELDS, day, dashboard.startDate(), dashboard.endDate(), locale));
            response.setStatus(422);
            return view;
        }
        if (outcome instanceof EntryOutcome.NotKnown) {
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
        Optional<String> refused = RecordingPages.prepare(queries, traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused;
        }
        Optional<CatalogItem> item = TrainingCatalog.skill(skill);
        if (item.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
        model.addAttribute("skill", item.get());
        model.addAttribute("today", time.today().toString());
        model.addAttribute("status", dashboard.skills().stream().filter(s -> s.skill().equals(skill)).findFirst()
                .orElse(new SkillStatus(skill, item.get().name(), item.get().group(), null, 0)));
        return Optional.empty();
    }

    /**
     * The dashboard is a read model that follows the ledger a moment behind: wait, briefly, until it
     * shows as many sign-offs of the skill as the person expects, so the page they land on shows theirs.
     */
    private boolean awaitDashboard(TraineeId traineeId, String skill, int expected) {
        return RecordingPages.awaitReadModel(() -> TraineePageController.dashboard(queries, traineeId).stream()
                .flatMap(dashboard -> dashboard.skills().stream())
                .anyMatch(status -> status.skill().equals(skill) && status.signOffs() >= expected));
    }
}
