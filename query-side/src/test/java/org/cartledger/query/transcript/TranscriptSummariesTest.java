package org.cartledger.query.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.LedgerEvents.skillSignedOff;

import java.time.LocalDate;
import java.util.Map;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.enrollment.CompletionWaiver;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.ids.TraineeId;
import org.junit.jupiter.api.Test;

/** A transcript line says in words what an entry recorded, with catalog items by their names. */
class TranscriptSummariesTest {

    @Test
    void summarisesAnEnrollmentWithItsDatesAndMentor() {
        assertThat(TranscriptSummaries.of(enrolled()))
                .isEqualTo("Enrolled Lin Mei as FELLOW, 2025-03-03 to 2025-06-30, mentor mentor-wang");
    }

    @Test
    void summarisesAnExtensionWithBothEndsAndWhoApprovedIt() {
        assertThat(TranscriptSummaries.of(extended("entry-extension", END, LocalDate.of(2025, 7, 31))))
                .isEqualTo("Program extended from 2025-06-30 to 2025-07-31, approved by director-chen: "
                        + "Missed four weeks for illness");
    }

    @Test
    void namesTheActivityTypeFromTheCatalogAndThePresentedCase() {
        assertThat(TranscriptSummaries.of(attended("entry-1", "GRAND_ROUNDS", true)))
                .isEqualTo("Attended Oncology grand rounds (60 min); presented a case: Grade 3 CRS after axi-cel");
    }

    @Test
    void namesTheProcedureFromTheCatalog() {
        assertThat(TranscriptSummaries.of(performed("entry-1", "CAR_T_INFUSION_INTRAVENOUS", ProcedureSetting.CLINICAL,
                SupervisionLevel.DIRECT_SUPERVISION)))
                .isEqualTo("Performed CAR-T infusion, intravenous (CLINICAL), DIRECT_SUPERVISION, supervised by dr-zhou");
    }

    @Test
    void namesTheSkillFromTheCatalog() {
        assertThat(TranscriptSummaries.of(skillSignedOff("entry-1", on(4, 2), "CRS_MANAGEMENT")))
                .isEqualTo("Skill signed off: Cytokine release syndrome (CRS) management, by dr-zhou");
    }

    @Test
    void saysWhenASkillWasSignedOffOnAColleaguesBehalf() {
        SkillSignedOffEvent own = skillSignedOff("entry-1", on(4, 2), "CRS_MANAGEMENT");
        SkillSignedOffEvent forColleague = new SkillSignedOffEvent(own.traineeId(), own.entryId(), own.occurredAt(), own.skill(),
                "dr-zhou", null, "dr-zhou");

        assertThat(TranscriptSummaries.of(forColleague))
                .isEqualTo("Skill signed off: Cytokine release syndrome (CRS) management, by dr-zhou (recorded on their behalf)");
    }

    @Test
    void namesTheWaiverOfACompletionThatDidNotMeetEveryRequirement() {
        ProgramCompletedEvent waived = new ProgramCompletedEvent(new TraineeId(TRAINEE_ID), "entry-9", on(4, 10), "Left for a post",
                new CompletionWaiver("Starts a faculty post early", "director-zhao"));

        assertThat(TranscriptSummaries.of(waived)).isEqualTo(
                "Program completed: Left for a post; requirements not met waived by director-zhao: Starts a faculty post early");
        assertThat(TranscriptSummaries.of(completed("entry-9", on(4, 10)))).isEqualTo("Program completed: All requirements met");
    }

    @Test
    void fallsBackToTheCodeOfAnItemTheCatalogDoesNotKnow() {
        assertThat(TranscriptSummaries.of(skillSignedOff("entry-1", on(4, 2), "RETIRED_SKILL")))
                .isEqualTo("Skill signed off: RETIRED_SKILL, by dr-zhou");
    }

    @Test
    void namesTheRatedCompetenciesFromTheCatalog() {
        String summary = TranscriptSummaries.of(evaluated("entry-1", on(3, 31),
                Map.of("PATIENT_CARE", 2, "MEDICAL_KNOWLEDGE", 3)));

        assertThat(summary).startsWith("Rotation evaluation (Cellular therapy ward) by dr-zhou: ")
                .contains("Patient care 2").contains("Medical knowledge 3")
                .doesNotContain("PATIENT_CARE").doesNotContain("MEDICAL_KNOWLEDGE");
    }

    @Test
    void mentionsTheCorrectedEntryItsReplacementAndTheReason() {
        assertThat(TranscriptSummaries.of(corrected("entry-fix", "entry-1", "Signed off on the wrong day", "entry-2")))
                .isEqualTo("Corrects entry entry-1 (replaced by entry-2): Signed off on the wrong day");
    }

    @Test
    void mentionsTheCorrectedEntryAndTheReasonWhenNothingReplacesIt() {
        assertThat(TranscriptSummaries.of(corrected("entry-fix", "entry-1", "Wrong trainee", null)))
                .isEqualTo("Corrects entry entry-1: Wrong trainee");
    }
}
