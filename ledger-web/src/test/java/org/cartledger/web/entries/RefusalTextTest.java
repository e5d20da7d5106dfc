package org.cartledger.web.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cartledger.api.recording.CommandRefusal;
import org.cartledger.web.language.LanguageConfiguration;
import org.cartledger.web.language.ProgramTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** A refusal is shown in the page's words, with the rule's own title, local dates, and next to the field it is about. */
class RefusalTextTest {

    private static final CommandRefusal OUTSIDE = new CommandRefusal("entry-outside-program-dates", 422,
            "occurredAt 2026-12-02T00:58:06.502352300Z falls on 2026-12-02 (Asia/Shanghai), outside the program dates 2026-12-12 to 2027-04-12. "
                    + "Check the date, or extend the program first.");
    private static final LocalDate CHOSEN = LocalDate.of(2026, 12, 2);
    private static final LocalDate START = LocalDate.of(2026, 12, 12);
    private static final LocalDate END = LocalDate.of(2027, 4, 12);

    private final MessageSource messages = new LanguageConfiguration().messageSource();
    private final RefusalText refusals = new RefusalText(messages, new ProgramTime("Asia/Shanghai"));

    @Test
    void outsideTheProgramIsSaidInChineseWithLocalDatesNextToTheDay() {
        ShownRefusal shown = refusals.show(OUTSIDE, Set.of("date", "procedure"), CHOSEN, START, END, Locale.SIMPLIFIED_CHINESE);

        assertThat(shown.field()).isEqualTo("date");
        assertThat(shown.title()).isEqualTo("不在该学员的培训日期内");
        assertThat(shown.explanation()).contains("2026年12月2日", "2026年12月12日", "2027年4月12日", "Asia/Shanghai")
                .doesNotContain("occurredAt", "T00:58", "Z ");
        assertThat(shown.rule()).isEqualTo("entry-outside-program-dates");
    }

    @Test
    void andInEnglishTheSameWay() {
        ShownRefusal shown = refusals.show(OUTSIDE, Set.of("date"), CHOSEN, START, END, Locale.ENGLISH);

        assertThat(shown.title()).isEqualTo("Outside the trainee's program dates");
        assertThat(shown.explanation()).startsWith("Dec 2, 2026 is not one of the program's days (Dec 12, 2026 to Apr 12, 2027");
    }

    @Test
    void aRefusalGoesToTheFieldItIsAboutInThisForm() {
        CommandRefusal notInCatalog = new CommandRefusal("not-in-catalog", 422, "procedure 'X' is not in the program's catalog.");
        assertThat(refusals.show(notInCatalog, Set.of("date", "procedure"), CHOSEN, START, END, Locale.ENGLISH).field()).isEqualTo("procedure");
        assertThat(refusals.show(notInCatalog, Set.of("date", "activityType"), CHOSEN, START, END, Locale.ENGLISH).field()).isEqualTo("activityType");

        CommandRefusal topic = new CommandRefusal("case-topic-required", 422, "presentedCase is true, so caseTopic must say which case was presented.");
        assertThat(refusals.show(topic, Set.of("date", "presentedCase", "caseTopic"), CHOSEN, START, END, Locale.ENGLISH).field()).isEqualTo("caseTopic");

        CommandRefusal level = new CommandRefusal("milestone-level-range", 422, "milestoneLevels.PATIENT_CARE is 7");
        assertThat(refusals.show(level, Set.of("date", "level.PATIENT_CARE"), CHOSEN, START, END, Locale.ENGLISH).field())
                .isEqualTo("level.PATIENT_CARE");

        CommandRefusal notYours = new CommandRefusal("correction-not-permitted", 422, "Entry 'e' was recorded by 'fac-zhao'");
        assertThat(refusals.show(notYours, Set.of("entry", "reason"), CHOSEN, START, END, Locale.ENGLISH).field()).isEqualTo("entry");
    }

    @Test
    void aRefusalAboutNoFieldOfTheFormIsShownForTheWholeForm() {
        CommandRefusal closed = new CommandRefusal("record-closed", 409, "Trainee 'F-1' left the program (ProgramCompleted at 2026-...Z)");
        ShownRefusal shown = refusals.show(closed, Set.of("date", "procedure"), CHOSEN, START, END, Locale.SIMPLIFIED_CHINESE);

        assertThat(shown.field()).isNull();
        assertThat(shown.title()).isEqualTo("该学员的培训已结束");
        assertThat(shown.explanation()).doesNotContain("Trainee");
    }

    @Test
    void aRuleThePagesDoNotKnowIsShownWithTheLedgersOwnWordsRatherThanNotAtAll() {
        CommandRefusal unknown = new CommandRefusal("some-new-rule", 422, "What the ledger says.");
        ShownRefusal shown = refusals.show(unknown, Set.of("date"), CHOSEN, START, END, Locale.SIMPLIFIED_CHINESE);

        assertThat(shown.field()).isNull();
        assertThat(shown.title()).isEqualTo("记录系统拒绝了此条目");
        assertThat(shown.explanation()).contains("What the ledger says.");
    }

    @Test
    void everyRuleAnEntryFormCanMeetHasItsTitleAndExplanationInBothLanguages() {
        List<String> rules = List.of("entry-outside-program-dates", "entry-in-the-future", "record-closed", "trainee-not-enrolled",
                "not-in-catalog", "unknown-faculty-member", "signer-not-recorder", "signer-required", "idempotency-key-reused",
                "case-presentation-not-offered", "case-topic-required", "all-competencies-rated", "milestone-level-range",
                "correction-target-unknown", "entry-not-correctable", "correction-not-permitted", "entry-already-corrected",
                "replacement-invalid");
        for (String rule : rules) {
            for (Locale language : LanguageConfiguration.LANGUAGES) {
                ShownRefusal shown = refusals.show(new CommandRefusal(rule, 422, "detail"), Set.of(), CHOSEN, START, END, language);
                assertThat(shown.title()).as(rule + " " + language).isNotEqualTo(messages.getMessage("refusal.generic.title", null, language));
                assertThat(shown.explanation()).as(rule + " " + language).doesNotContain("detail", "''");
            }
        }
    }
}
