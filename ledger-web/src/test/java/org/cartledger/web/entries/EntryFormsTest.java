package org.cartledger.web.entries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cartledger.api.activity.RecordAttendanceCommand;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.Choice;
import org.cartledger.api.catalog.Choices;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.web.entries.FormField.Input;
import org.cartledger.web.language.LanguageConfiguration;
import org.cartledger.web.language.ProgramTime;
import org.junit.jupiter.api.Test;

/** The entry forms are built from the catalog (GET /api/catalog's data), in the page's language, and read back strictly. */
class EntryFormsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final EntryForms forms = new EntryForms(new LanguageConfiguration().messageSource(), new ProgramTime(SHANGHAI.getId()));

    @Test
    void aProcedureOffersTheCatalogsProceduresAndTheChoicesSupervisionLevelsWithTheirChineseLabels() {
        List<FormField> fields = forms.fields(EntryKind.PROCEDURE, Locale.SIMPLIFIED_CHINESE);

        assertThat(codes(field(fields, "procedure"))).isEqualTo(TrainingCatalog.procedures().stream().map(CatalogItem::code).toList());
        assertThat(field(fields, "supervisionLevel").options()).extracting(Option::label)
                .isEqualTo(Choices.all().get("supervisionLevels").stream().map(Choice::labelZh).toList());
        assertThat(field(fields, "setting").options()).extracting(Option::label)
                .isEqualTo(Choices.all().get("procedureSettings").stream().map(Choice::labelZh).toList());
        assertThat(field(fields, "procedure").options().get(0).label()).isEqualTo("CAR-T 静脉输注");
        assertThat(field(fields, "procedure").label()).isEqualTo("操作项目");
    }

    @Test
    void everyFormStartsWithTodayInTheProgramsZone() {
        for (EntryKind kind : EntryKind.values()) {
            FormField date = forms.fields(kind, Locale.ENGLISH).get(0);
            assertThat(date.input()).as(kind.name()).isEqualTo(Input.DATE);
            assertThat(date.initial()).as(kind.name()).isEqualTo(LocalDate.now(SHANGHAI).toString());
        }
    }

    @Test
    void attendanceOffersEveryActivityTypeOfTheCatalogWithDailyRoundsChosen() {
        FormField activity = field(forms.fields(EntryKind.ATTENDANCE, Locale.ENGLISH), "activityType");

        assertThat(activity.input()).as("many options: the phone's own picker").isEqualTo(Input.LIST);
        assertThat(codes(activity)).isEqualTo(TrainingCatalog.activityTypes().stream().map(ActivityType::code).toList());
        assertThat(activity.options()).extracting(Option::label)
                .isEqualTo(TrainingCatalog.activityTypes().stream().map(ActivityType::name).toList());
        assertThat(activity.initial()).isEqualTo("DAILY_CLINICAL_ROUNDS");
    }

    @Test
    void aRotationEvaluationRatesEachOfTheSixCompetenciesOnTheCatalogsLevelsEachWithWhatItMeans() {
        List<FormField> levels = forms.fields(EntryKind.ROTATION_EVALUATION, Locale.SIMPLIFIED_CHINESE).stream()
                .filter(field -> field.input() == Input.LEVEL).toList();

        assertThat(levels).extracting(FormField::name).isEqualTo(TrainingCatalog.competencies().stream()
                .map(competency -> "level." + competency.code()).toList());
        assertThat(levels).allMatch(FormField::required);
        assertThat(levels.get(0).label()).isEqualTo("患者照护");
        List<Option> scale = levels.get(0).options();
        assertThat(scale).extracting(Option::code).containsExactly("1", "2", "3", "4", "5");
        assertThat(scale).extracting(Option::hint).allMatch(hint -> hint != null && !hint.isBlank());
        assertThat(scale.get(3).hint()).contains("结业目标");
    }

    @Test
    void everyCatalogItemHasANameInBothLanguagesAndTheEnglishIsTheCatalogs() {
        var messages = new LanguageConfiguration().messageSource();
        for (CatalogItem item : TrainingCatalog.procedures()) {
            assertThat(messages.getMessage("procedure." + item.code(), null, Locale.ENGLISH)).isEqualTo(item.name());
            assertThat(messages.getMessage("procedure." + item.code(), null, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(item.name());
        }
        for (ActivityType item : TrainingCatalog.activityTypes()) {
            assertThat(messages.getMessage("activity." + item.code(), null, Locale.ENGLISH)).isEqualTo(item.name());
            assertThat(messages.getMessage("activity." + item.code(), null, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(item.name());
        }
        for (CatalogItem item : TrainingCatalog.competencies()) {
            assertThat(messages.getMessage("competency." + item.code(), null, Locale.ENGLISH)).isEqualTo(item.name());
            assertThat(messages.getMessage("competency." + item.code(), null, Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(item.name());
        }
    }

    @Test
    void whatTheFormCannotSendAsMeantIsAProblemOfItsFieldAndNothingElse() {
        List<FormField> fields = forms.fields(EntryKind.PROCEDURE, Locale.ENGLISH);
        FilledForm form = forms.read(EntryKind.PROCEDURE, fields, Map.of("date", "2026-13-40", "procedure", "APPENDECTOMY",
                "setting", "CLINICAL", "notes", "bell\u0007")::get);

        assertThat(form.problems()).containsExactly(Map.entry("date", "entry.problem.notADate"),
                Map.entry("procedure", "entry.problem.notOffered"), Map.entry("supervisionLevel", "entry.problem.choose"),
                Map.entry("notes", "entry.problem.control"));
    }

    @Test
    void aFilledProcedureFormSendsWhatWasChosenAndLeavesTheSignerToTheLedger() {
        FilledForm form = forms.read(EntryKind.PROCEDURE, forms.fields(EntryKind.PROCEDURE, Locale.ENGLISH),
                Map.of("date", "2026-11-30", "procedure", "CAR_T_INFUSION_LOCAL", "setting", "SIMULATION",
                        "supervisionLevel", "ASSISTED", "notes", "  ")::get);
        assertThat(form.problems()).isEmpty();

        Object command = EntryKind.PROCEDURE.command(new TraineeId("F-1"), form).create("e-1", Instant.EPOCH);
        assertThat(command).isEqualTo(new RecordProcedureCommand(new TraineeId("F-1"), "e-1", Instant.EPOCH, "CAR_T_INFUSION_LOCAL",
                org.cartledger.api.activity.ProcedureSetting.SIMULATION, SupervisionLevel.ASSISTED, null, null, null));
    }

    @Test
    void attendanceWithACasePresentedAndTheEvaluationsLevelsInCatalogOrder() {
        FilledForm attended = forms.read(EntryKind.ATTENDANCE, forms.fields(EntryKind.ATTENDANCE, Locale.ENGLISH),
                Map.of("date", "2026-11-30", "activityType", "MDT_TUMOR_BOARD", "presentedCase", "true", "caseTopic", "CRS grade 2",
                        "durationMinutes", "90")::get);
        assertThat(EntryKind.ATTENDANCE.command(new TraineeId("F-1"), attended).create("e", Instant.EPOCH)).isEqualTo(
                new RecordAttendanceCommand(new TraineeId("F-1"), "e", Instant.EPOCH, "MDT_TUMOR_BOARD", 90, true, "CRS grade 2", null));

        FilledForm untickedAgain = forms.read(EntryKind.ATTENDANCE, forms.fields(EntryKind.ATTENDANCE, Locale.ENGLISH),
                Map.of("date", "2026-11-30", "activityType", "JOURNAL_CLUB", "caseTopic", "left in the box")::get);
        assertThat(((RecordAttendanceCommand) EntryKind.ATTENDANCE.command(new TraineeId("F-1"), untickedAgain).create("e", Instant.EPOCH)).caseTopic())
                .isNull();

        Map<String, String> sent = new HashMap<>(Map.of("date", "2026-11-30", "rotation", "Cell therapy ward"));
        TrainingCatalog.competencies().forEach(c -> sent.put("level." + c.code(), "3"));
        FilledForm evaluated = forms.read(EntryKind.ROTATION_EVALUATION, forms.fields(EntryKind.ROTATION_EVALUATION, Locale.ENGLISH), sent::get);
        var command = (RecordRotationEvaluationCommand) EntryKind.ROTATION_EVALUATION.command(new TraineeId("F-1"), evaluated).create("e", Instant.EPOCH);
        assertThat(command.milestoneLevels()).hasSize(6).containsEntry("PATIENT_CARE", 3);
    }

    @Test
    void researchProgressSuggestsTheTraineesProjectsAndTakesANewOneToo() {
        List<FormField> fields = forms.fields(EntryKind.RESEARCH, Locale.ENGLISH, List.of("CRS kinetics"));
        assertThat(codes(field(fields, "projectTitle"))).containsExactly("CRS kinetics");

        FilledForm form = forms.read(EntryKind.RESEARCH, fields, Map.of("date", "2026-11-30", "projectTitle", "A new project",
                "milestone", "PROJECT_STARTED")::get);
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void feedbackNeedsAtLeastOneOfItsThreeParts() {
        FilledForm empty = forms.read(EntryKind.FEEDBACK, forms.fields(EntryKind.FEEDBACK, Locale.ENGLISH), Map.of("date", "2026-11-30")::get);
        assertThat(empty.problems()).containsExactly(Map.entry("strengths", "entry.problem.feedbackEmpty"));
    }

    @Test
    void todayIsNowAndAnotherDayIsNoonInTheProgramsZone() {
        Instant now = Instant.parse("2026-12-02T00:58:06Z");
        assertThat(EntryForms.occurredAt(LocalDate.of(2026, 12, 2), now, SHANGHAI)).isEqualTo(now);
        assertThat(EntryForms.occurredAt(LocalDate.of(2026, 11, 30), now, SHANGHAI)).isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
    }

    @Test
    void aRetriedFormHasTheSameFingerprintAndAnotherChoiceAnother() {
        var recorder = new org.cartledger.api.recording.Recorder("fac-wang", "FACULTY");
        Object first = new RecordProcedureCommand(new TraineeId("F-1"), "", Instant.EPOCH, "CAR_T_INFUSION_LOCAL", null, SupervisionLevel.ASSISTED, null, null, null);
        Object again = new RecordProcedureCommand(new TraineeId("F-1"), "", Instant.EPOCH, "CAR_T_INFUSION_LOCAL", null, SupervisionLevel.ASSISTED, null, null, null);
        Object other = new RecordProcedureCommand(new TraineeId("F-1"), "", Instant.EPOCH, "CAR_T_INFUSION_LOCAL", null, SupervisionLevel.OBSERVED, null, null, null);

        assertThat(EntrySender.fingerprint(recorder, "2026-11-30", again)).isEqualTo(EntrySender.fingerprint(recorder, "2026-11-30", first));
        assertThat(EntrySender.fingerprint(recorder, "2026-11-30", other)).isNotEqualTo(EntrySender.fingerprint(recorder, "2026-11-30", first));
        assertThat(EntrySender.fingerprint(recorder, "2026-11-29", first)).isNotEqualTo(EntrySender.fingerprint(recorder, "2026-11-30", first));
    }

    private static FormField field(List<FormField> fields, String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> codes(FormField field) {
        return field.options().stream().map(Option::code).toList();
    }
}
