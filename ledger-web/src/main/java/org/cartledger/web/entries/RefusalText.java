package org.cartledger.web.entries;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.web.language.ProgramTime;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refusal in the page's words: the rule's own title and explanation from the entries bundle (keyed by the
 * rule's name, {@code refusal.<rule>.title} and {@code .why}), never the API's English detail with its raw
 * instants; the days it speaks of are those the page knows (the day the person chose, the program's dates,
 * today), in the program's time zone and the page's language. A rule the bundle does not know is shown with a
 * general title and the ledger's own detail, rather than not at all.
 */
@Component
public class RefusalText {

    /** The fields a rule is about, most likely first; the first one the form has is where the refusal is shown. */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("entry-outside-program-dates", List.of(EntryForms.DATE)),
            Map.entry("entry-in-the-future", List.of(EntryForms.DATE)),
            Map.entry("not-in-catalog", List.of("procedure", "activityType", "skill")),
            Map.entry("case-presentation-not-offered", List.of("presentedCase", "activityType")),
            Map.entry("case-topic-required", List.of("caseTopic")),
            Map.entry("milestone-level-range", List.of("level")),
            Map.entry("correction-target-unknown", List.of(CorrectionPageController.ENTRY)),
            Map.entry("entry-not-correctable", List.of(CorrectionPageController.ENTRY)),
            Map.entry("correction-not-permitted", List.of(CorrectionPageController.ENTRY)),
            Map.entry("entry-already-corrected", List.of(CorrectionPageController.ENTRY)),
            // the coordinator's forms (coordinator.EnrollmentForm's and ProgramChangeForm's fields)
            Map.entry("trainee-already-enrolled", List.of("traineeId")),
            Map.entry("eligibility-evidence-missing", List.of("track")),
            Map.entry("eligibility-not-yet-met", List.of("completedOn", "deansLetterIssuedOn")),
            Map.entry("student-not-in-final-year", List.of("expectedGraduationOn")),
            Map.entry("program-ends-before-it-starts", List.of("endDate")),
            Map.entry("program-length-needs-approval", List.of("lengthReason", "reason")),
            Map.entry("extension-must-move-end-later", List.of("newEndDate")),
            Map.entry("completion-requirements-not-met", List.of("waiverReason")),
            Map.entry("completion-waiver-incomplete", List.of("waiverReason")),
            Map.entry("unknown-faculty-member", List.of("mentorId")),
            // the committee's review form (committee.ReviewForm's fields)
            Map.entry("review-month-outside-program", List.of("reviewMonth")),
            Map.entry("review-month-not-begun", List.of("reviewMonth")),
            Map.entry("one-committee-review-per-month", List.of("reviewMonth")),
            Map.entry("unknown-approver", List.of("lengthApprovedBy", "approvedBy", "waiverApprovedBy")));

    private final MessageSource messages;
    private final ProgramTime time;

    public RefusalText(MessageSource messages, ProgramTime time) {
        this.messages = messages;
        this.time = time;
    }

    /**
     * @param fields the names of the form's fields
     * @param chosen the day the person chose for the entry
     * @param start  the first day of the trainee's program
     * @param end    the last day of the trainee's program
     */
    public ShownRefusal show(CommandRefusal refusal, Set<String> fields, LocalDate chosen, LocalDate start, LocalDate end,
                             Locale locale) {
        String field = FIELDS.getOrDefault(refusal.rule(), List.of()).stream().filter(fields::contains).findFirst()
                // a rotation evaluation's levels are one field per competency: a level refusal goes to the first
                .or(() -> "milestone-level-range".equals(refusal.rule())
                        ? fields.stream().filter(name -> name.startsWith(EntryForms.LEVEL_PREFIX)).findFirst()
                        : Optional.<String>empty())
                .orElse(null);
        Object[] days = {day(chosen, locale), day(start, locale), day(end, locale), day(LocalDate.now(time.zone()), locale),
                time.zone().getId()};
        // a rule met by another field than the entry forms' says so in its own words (the mentor, not "you")
        for (String key : field == null ? List.of("refusal." + refusal.rule())
                : List.of("refusal." + refusal.rule() + "." + field, "refusal." + refusal.rule())) {
            try {
                return new ShownRefusal(field, messages.getMessage(key + ".title", null, locale),
                        messages.getMessage(key + ".why", days, locale), refusal.rule());
            } catch (NoSuchMessageException notSaidThisWay) {
                // the next, more general words
            }
        }
        return new ShownRefusal(field, messages.getMessage("refusal.generic.title", null, locale),
                messages.getMessage("refusal.generic.why", new Object[] {refusal.detail()}, locale), refusal.rule());
    }

    /**
     * What a page does with the outcome of a form it sent: the entry id when it was recorded; otherwise the refusal
     * in the page's words (422), or that the outcome is not known (503, the message {@code notKnown}), put on the
     * model for the page to show, and nothing.
     */
    public Optional<String> recordedOrShown(EntryOutcome outcome, Set<String> fields, LocalDate start, LocalDate end,
                                            Locale locale, String notKnown, Model model, HttpServletResponse response) {
        if (outcome instanceof EntryOutcome.Recorded recorded) {
            return Optional.of(recorded.entryId());
        }
        if (outcome instanceof EntryOutcome.Refused refused) {
            response.setStatus(422);
            model.addAttribute("refusal", show(refused.refusal(), fields, null, start, end, locale));
        } else {
            response.setStatus(503);
            model.addAttribute("formProblem", notKnown);
        }
        return Optional.empty();
    }

    private String day(LocalDate date, Locale locale) {
        return date == null ? "" : time.date(date, locale);
    }
}
