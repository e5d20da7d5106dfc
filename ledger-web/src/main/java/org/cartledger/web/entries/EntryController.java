package org.cartledger.web.entries;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.dashboard.ResearchProjectStatus;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriUtils;

/**
 * Quick logging, from the trainee's page, of every kind of entry besides a skill sign-off: one form per kind,
 * built from the catalog, starting from today and the signed-in faculty member. Each form carries a key made
 * when it is rendered, so that sending it twice records once. What the form cannot send as meant is shown next
 * to its field and nothing is sent; a refusal of the ledger is shown next to the field it is about, in the
 * page's words.
 */
@Controller
public class EntryController {

    private final QueryGateway queries;
    private final EntryForms forms;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final ProgramTime time;
    private final Clock clock;

    public EntryController(QueryGateway queries, EntryForms forms, EntrySender sender, RefusalText refusals, ProgramTime time,
                           Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.sender = sender;
        this.refusals = refusals;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/trainees/{traineeId}/entries/new/{kind}")
    public String form(@PathVariable TraineeId traineeId, @PathVariable String kind, Authentication authentication, Locale locale,
                       Model model, HttpServletResponse response) {
        Optional<EntryKind> entryKind = EntryKind.bySlug(kind);
        Optional<String> refused = prepare(traineeId, entryKind, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<FormField> fields = fields(entryKind.get(), locale, model);
        model.addAttribute("fields", fields);
        model.addAttribute("values", fields.stream().filter(f -> f.initial() != null)
                .collect(Collectors.toMap(FormField::name, FormField::initial)));
        model.addAttribute("problems", Map.of());
        model.addAttribute("key", RecordingPages.newKey());
        return "web/entry";
    }

    @PostMapping("/trainees/{traineeId}/entries/new/{kind}")
    public String record(@PathVariable TraineeId traineeId, @PathVariable String kind,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
                         Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Optional<EntryKind> entryKind = EntryKind.bySlug(kind);
        Optional<String> refused = prepare(traineeId, entryKind, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        String view = htmx != null ? "web/entry-form :: form" : "web/entry";
        List<FormField> fields = fields(entryKind.get(), locale, model);
        FilledForm form = forms.read(entryKind.get(), fields, request::getParameter);
        model.addAttribute("fields", fields);
        model.addAttribute("values", form.values());
        model.addAttribute("problems", form.problems());
        String key = request.getParameter("key");
        if (!RecordingPages.isOurKey(key)) {
            model.addAttribute("key", RecordingPages.newKey());
            model.addAttribute("formProblem", "entry.key.invalid");
            response.setStatus(422);
            return view;
        }
        model.addAttribute("key", key);
        if (form.hasProblems()) {
            response.setStatus(422);
            return view;
        }
        LedgerPrincipal me = SignedIn.person(authentication);
        LocalDate day = form.day();
        EntryOutcome outcome = sender.send(me.id(), traineeId, key, EntryForms.occurredAt(day, clock.instant(), time.zone()),
                day.toString(), entryKind.get().command(traineeId, form));
        if (outcome instanceof EntryOutcome.Refused refusal) {
            TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
            model.addAttribute("refusal", refusals.show(refusal.refusal(),
                    fields.stream().map(FormField::name).collect(Collectors.toSet()), day, dashboard.startDate(),
                    dashboard.endDate(), locale));
            response.setStatus(422);
            return view;
        }
        if (outcome instanceof EntryOutcome.NotKnown) {
            model.addAttribute("formProblem", "entry.notKnown");
            response.setStatus(503);
            return view;
        }
        String entryId = ((EntryOutcome.Recorded) outcome).entryId();
        boolean shown = RecordingPages.awaitTranscript(queries, traineeId, entry -> entry.entryId().equals(entryId));
        String page = "/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?recorded=" + entryKind.get().slug()
                + (shown ? "" : "&catching-up") + "#recent";
        if (htmx != null) {
            // htmx follows this header with a whole-page visit, so the record is shown as after a plain post
            response.setHeader("HX-Redirect", page);
            return "web/entry-form :: empty";
        }
        return "redirect:" + page;
    }

    private List<FormField> fields(EntryKind kind, Locale locale, Model model) {
        TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
        return forms.fields(kind, locale, dashboard.research() == null ? List.of()
                : dashboard.research().stream().map(ResearchProjectStatus::projectTitle).toList());
    }

    private Optional<String> prepare(TraineeId traineeId, Optional<EntryKind> kind, Authentication authentication, Model model,
                                     HttpServletResponse response) {
        Optional<String> refused = RecordingPages.prepare(queries, traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused;
        }
        if (kind.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("kind", kind.get());
        model.addAttribute("today", time.today().toString());
        return Optional.empty();
    }
}
