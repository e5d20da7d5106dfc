package org.cartledger.web.entries;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.correction.CorrectEntryCommand;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.http.input.TextRule;
import org.cartledger.http.security.LedgerPrincipal;
import org.cartledger.web.language.ProgramTime;
import org.cartledger.web.language.TypedText;
import org.cartledger.web.signin.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A correction of an entry, with the reason, from the trainee's recent entries: a new entry that takes the
 * earlier one out of the record (which keeps both). The trainee's page offers it for the faculty member's own
 * entries, which is what the ledger allows them (a coordinator corrects anyone's; the committee its reviews);
 * whatever else is asked for here, the ledger refuses, and the page says why next to the entry.
 */
@Controller
public class CorrectionPageController {

    /** The field that stands for the entry being corrected, where refusals about it are shown. */
    static final String ENTRY = "entry";
    static final String REASON = "reason";
    static final int REASON_MAX = 2000;

    /**
     * Entries the ledger lets faculty correct: any they recorded themselves but the program's lifecycle
     * (enrollment, extension, completion, withdrawal), committee decisions (reviews and moves to another requirement
     * set, the committee's) and corrections
     * (final). The ledger decides (EntryLog); this only keeps the page from offering what it would refuse.
     */
    private static final Set<String> NOT_OFFERED = Set.of("TraineeEnrolled", "ProgramExtended", "ProgramCompleted",
            "TraineeWithdrawn", "CommitteeReviewRecorded", "TraineeMovedToRequirementSet", "EntryCorrected");

    private final QueryGateway queries;
    private final EntrySender sender;
    private final RefusalText refusals;
    private final ProgramTime time;
    private final Clock clock;

    public CorrectionPageController(QueryGateway queries, EntrySender sender, RefusalText refusals, ProgramTime time, Clock clock) {
        this.queries = queries;
        this.sender = sender;
        this.refusals = refusals;
        this.time = time;
        this.clock = clock;
    }

    @GetMapping("/trainees/{traineeId}/entries/{entryId}/correction")
    public String form(@PathVariable TraineeId traineeId, @PathVariable String entryId, Authentication authentication, Model model,
                       HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, entryId, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        model.addAttribute("key", RecordingPages.newKey());
        model.addAttribute("reason", "");
        return "web/correction";
    }

    @PostMapping("/trainees/{traineeId}/entries/{entryId}/correction")
    public String correct(@PathVariable TraineeId traineeId, @PathVariable String entryId,
                          @RequestParam(name = "key", required = false) String key,
                          @RequestParam(name = REASON, required = false) String sentReason,
                          Authentication authentication, Locale locale, Model model, HttpServletResponse response) {
        Optional<String> refused = prepare(traineeId, entryId, authentication, model, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        String typed = TypedText.of(sentReason);
        String reason = typed == null ? "" : typed;
        model.addAttribute("reason", reason);
        if (!RecordingPages.isOurKey(key)) {
            model.addAttribute("key", RecordingPages.newKey());
            model.addAttribute("formProblem", "entry.key.invalid");
            response.setStatus(422);
            return "web/correction";
        }
        model.addAttribute("key", key);
        String problem = reason.isEmpty() ? "entry.problem.reasonRequired"
                : reason.length() > REASON_MAX ? "entry.problem.tooLong"
                : TextRule.allows(reason, true) ? null : "entry.problem.control";
        if (problem != null) {
            model.addAttribute("reasonProblem", problem);
            response.setStatus(422);
            return "web/correction";
        }
        LedgerPrincipal me = SignedIn.person(authentication);
        EntryOutcome outcome = sender.send(me.id(), traineeId, key, clock.instant(), null,
                (id, at) -> new CorrectEntryCommand(traineeId, id, at, entryId, reason, null));
        if (outcome instanceof EntryOutcome.Refused refusal) {
            TraineeDashboardView dashboard = (TraineeDashboardView) model.getAttribute("dashboard");
            model.addAttribute("refusal", refusals.show(refusal.refusal(), Set.of(ENTRY, REASON), time.today(),
                    dashboard.startDate(), dashboard.endDate(), locale));
            response.setStatus(422);
            return "web/correction";
        }
        if (outcome instanceof EntryOutcome.NotKnown) {
            model.addAttribute("formProblem", "entry.notKnown");
            response.setStatus(503);
            return "web/correction";
        }
        boolean shown = RecordingPages.awaitTranscript(queries, traineeId,
                entry -> entry.entryId().equals(entryId) && entry.correctedByEntryId() != null);
        return "redirect:/trainees/" + UriUtils.encodePathSegment(traineeId.value(), "UTF-8") + "?corrected="
                + UriUtils.encodeQueryParam(entryId, "UTF-8") + (shown ? "" : "&catching-up") + "#recent";
    }

    /** Whether the page offers this faculty member a correction of the entry. */
    public static boolean offered(TranscriptEntryView entry, String facultyId) {
        return facultyId.equals(entry.recorderId()) && entry.correctedByEntryId() == null && !NOT_OFFERED.contains(entry.entryType());
    }

    private Optional<String> prepare(TraineeId traineeId, String entryId, Authentication authentication, Model model,
                                     HttpServletResponse response) {
        Optional<String> refused = RecordingPages.prepare(queries, traineeId, authentication, model, response);
        if (refused.isPresent()) {
            return refused;
        }
        Optional<TranscriptEntryView> entry = RecordingPages.transcript(queries, traineeId).stream()
                .filter(e -> e.entryId().equals(entryId)).findFirst();
        if (entry.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return Optional.of("web/no-such-trainee");
        }
        model.addAttribute("entry", entry.get());
        return Optional.empty();
    }
}
