package org.cartledger.web.coordinator;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.api.recording.Recorder;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.entries.EntryOutcome;
import org.cartledger.web.entries.EntrySender;
import org.cartledger.web.entries.RecordingPages;
import org.cartledger.web.entries.RefusalText;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.signin.PageSignIn;
import org.cartledger.web.signin.SignedIn;
import org.cartledger.web.trainees.TraineePageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriUtils;

/**
 * The coordinator enrolls a trainee: who they are, their track and the evidence of eligibility that track
 * asks for (a fellow's completed residency, a resident's program, a student's dean's letter and final year),
 * the program's dates (a length other than the standard one with who approved it and why) and the mentor.
 * The form carries a key made when it is rendered, so sending it twice enrolls once; what it cannot send as
 * typed and what the ledger refuses are shown next to their fields, in the page's language.
 */
@Controller
public class EnrollmentPage {

    public static final String PATH = "/enrollments/new";

    private final PageSignIn signIn;
    private final QueryGateway queries;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final ProgramTime time;
    private final Clock clock;

    public EnrollmentPage(QueryGateway queries, EntrySender sender, RefusalText refusals, ProgramTime time, Clock clock,
                          ObjectProvider<PageSignIn> signIn) {
        // absent where people cannot sign in to the pages at all (tokens for the API and no provider for the pages)
        this.signIn = signIn.getIfAvailable(PageSignIn::withPasswords);
        this.queries = queries;
        this.sender = sender;
        this.refusals = refusals;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping(PATH)
    public String form(Authentication authentication, Model model, HttpServletResponse response) {
        if (!coordinator(authentication, model, response)) {
            return "web/coordinator-only";
        }
        return page(model, EnrollmentForm.empty(RecordingPages.newKey()), Map.of());
    }

    @PostMapping(PATH)
    public String enroll(@ModelAttribute EnrollmentForm form, Authentication authentication, Locale locale, Model model,
                         HttpServletResponse response) {
        if (!coordinator(authentication, model, response)) {
            return "web/coordinator-only";
        }
        if (!RecordingPages.isOurKey(form.key())) {
            response.setStatus(422);
            model.addAttribute("formProblem", "enroll.problem.key");
            return page(model, withKey(form, RecordingPages.newKey()), Map.of());
        }
        Map<String, String> problems = form.problems(mentorAsked());
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(model, form, problems);
        }
        LedgerPrincipal me = (LedgerPrincipal) model.getAttribute("me");
        EntryOutcome outcome = sender.send(new Recorder(me.id(), LedgerRole.COORDINATOR.name()), form.trainee(),
                form.key(), clock.instant(), "enrollment",
                (entryId, occurredAt) -> form.command(entryId, occurredAt, time.zone().getId()));
        if (refusals.recordedOrShown(outcome, new LinkedHashSet<>(EnrollmentForm.FIELDS), form.startDateOrNull(),
                form.endDateOrNull(), locale, "enroll.problem.notKnown", model, response).isEmpty()) {
            return page(model, form, Map.of());
        }
        TraineeId traineeId = form.trainee();
        // the trainee's page is a read model a moment behind the ledger: land there once it shows them
        RecordingPages.awaitReadModel(() -> TraineePageController.dashboard(queries, traineeId).isPresent());
        return "redirect:/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?enrolled";
    }

    /**
     * A mentor is asked for where the ledger keeps the accounts, so that it can check the mentor is faculty.
     * Through the hospital's provider the ledger knows only the person signed in and would refuse any mentor
     * named, so the form leaves the mentor out there (the API too enrolls without one).
     */
    private boolean mentorAsked() {
        return signIn.ledgerKeepsAccounts();
    }

    private static boolean coordinator(Authentication authentication, Model model, HttpServletResponse response) {
        LedgerPrincipal me = SignedIn.person(authentication);
        model.addAttribute("me", me);
        if (!me.roles().contains(LedgerRole.COORDINATOR)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return false;
        }
        return true;
    }

    private static String page(Model model, EnrollmentForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("tracks", Track.values());
        return "web/enroll";
    }

    private static EnrollmentForm withKey(EnrollmentForm form, String key) {
        return new EnrollmentForm(key, form.traineeId(), form.fullName(), form.track(), form.institution(), form.programName(),
                form.completedOn(), form.coreClerkshipsComplete(), form.deansLetterIssuedOn(), form.expectedGraduationOn(),
                form.startDate(), form.endDate(), form.mentorId(), form.lengthReason(), form.lengthApprovedBy());
    }
}
