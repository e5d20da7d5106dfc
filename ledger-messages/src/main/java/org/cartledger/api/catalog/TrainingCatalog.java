package org.cartledger.api.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The program's vocabulary, in one place: what can be attended, which procedures are practised,
 * which skills faculty sign off, and the competencies evaluations rate. Events store the codes;
 * both sides read the names and the rules (such as where a case may be presented) from here.
 *
 * <p>Codes are permanent: an entry written with a code must still read years later, so a code is
 * never renamed or removed, only added (patient selection, response assessment and hands-on training
 * were added from the program's description after the first records were written).
 */
public final class TrainingCatalog {

    public static final int LOWEST_MILESTONE_LEVEL = 1;
    public static final int HIGHEST_MILESTONE_LEVEL = 5;

    private static final List<ActivityType> ACTIVITY_TYPES = List.of(
            new ActivityType("ORIENTATION", "First-week orientation", false),
            new ActivityType("DAILY_CLINICAL_ROUNDS", "Daily clinical rounds", true),
            new ActivityType("TEACHING_ROUNDS", "Teaching rounds", true),
            new ActivityType("GRAND_ROUNDS", "Oncology grand rounds", true),
            new ActivityType("MDT_TUMOR_BOARD", "Multidisciplinary tumor board", true),
            new ActivityType("COMPLICATED_CASE_REVIEW", "Complicated case review", true),
            new ActivityType("CASE_BASED_DISCUSSION", "Case-based discussion", true),
            new ActivityType("MORBIDITY_AND_MORTALITY", "Morbidity and mortality conference", true),
            new ActivityType("JOURNAL_CLUB", "Journal club", false),
            new ActivityType("RESEARCH_CONFERENCE", "Research conference", false),
            new ActivityType("RESEARCH_TRAINING", "Research training", false),
            new ActivityType("ACADEMIC_LECTURE", "Academic lecture", false),
            new ActivityType("MENTOR_ONE_ON_ONE", "Mentor one-on-one", false),
            new ActivityType("OUTPATIENT_OBSERVATION", "Outpatient observation", false),
            new ActivityType("CLINICAL_SKILLS_TRAINING", "Clinical skills training", false),
            new ActivityType("SURGICAL_SKILLS_TRAINING", "Surgical skills training", false),
            new ActivityType("HANDS_ON_TRAINING", "Hands-on training", false),
            new ActivityType("WRAP_UP_AND_FEEDBACK", "Last-week wrap-up and feedback", false));

    private static final List<CatalogItem> PROCEDURES = List.of(
            new CatalogItem("CAR_T_INFUSION_INTRAVENOUS", "CAR-T infusion, intravenous", "Infusion"),
            new CatalogItem("CAR_T_INFUSION_LOCAL", "CAR-T infusion, local (intratumoral or regional)", "Infusion"),
            new CatalogItem("TUMOR_BIOPSY_PREPARATION", "Tumor biopsy preparation", "Tissue"),
            new CatalogItem("TUMOR_TISSUE_COLLECTION_AND_HANDLING", "Tumor tissue collection and handling", "Tissue"),
            new CatalogItem("CAR_T_CELL_PREPARATION_AND_QC", "Preparation and quality control of CAR-T cells", "Cell product"));

    private static final List<CatalogItem> SKILLS = List.of(
            new CatalogItem("PATIENT_ASSESSMENT", "Patient assessment", "Basic oncology"),
            new CatalogItem("TUMOR_STAGING", "Tumor staging", "Basic oncology"),
            new CatalogItem("BIOPSY_TECHNIQUES", "Biopsy techniques", "Basic oncology"),
            new CatalogItem("POST_OPERATIVE_CARE", "Post-operative care", "Basic oncology"),
            new CatalogItem("CAR_T_CELL_PREPARATION", "Preparation of CAR-T cells", "CAR-T procedures"),
            new CatalogItem("CAR_T_INFUSION_TECHNIQUES", "Infusion techniques", "CAR-T procedures"),
            new CatalogItem("CAR_T_PATIENT_MONITORING", "Patient monitoring after CAR-T", "CAR-T procedures"),
            new CatalogItem("CAR_T_PATIENT_SELECTION", "Patient selection and eligibility determination for CAR-T", "CAR-T procedures"),
            new CatalogItem("IMMUNE_CELL_ENGINEERING", "Engineering immune cells", "Cellular immunotherapy"),
            new CatalogItem("CRS_MANAGEMENT", "Cytokine release syndrome (CRS) management", "Cellular immunotherapy"),
            new CatalogItem("TOXICITY_MANAGEMENT", "Toxicity management, including neurotoxicity", "Cellular immunotherapy"),
            new CatalogItem("ONCOLOGICAL_ASSESSMENT", "Oncological assessment", "Advanced clinical"),
            new CatalogItem("TREATMENT_RESPONSE_ASSESSMENT", "Evaluating treatment efficacy (response assessment)", "Advanced clinical"),
            new CatalogItem("IMMUNOTHERAPY_SIDE_EFFECTS", "Managing side effects of immunotherapies", "Advanced clinical"),
            new CatalogItem("SUPPORTIVE_CARE", "Supportive care for cancer patients", "Advanced clinical"),
            new CatalogItem("TRIAL_DESIGN_AND_CONDUCT", "Designing and conducting clinical trials", "Research and data analysis"),
            new CatalogItem("DATA_COLLECTION_AND_ANALYSIS", "Data collection and analysis", "Research and data analysis"),
            new CatalogItem("SCIENTIFIC_WRITING", "Scientific writing", "Research and data analysis"),
            new CatalogItem("PATIENT_COUNSELING", "Counseling and educating patients about novel therapies", "Patient communication"),
            new CatalogItem("MANAGING_EXPECTATIONS", "Managing patient expectations", "Patient communication"));

    /** The six ACGME core competencies, rated on milestone levels 1 to 5. */
    private static final List<CatalogItem> COMPETENCIES = List.of(
            new CatalogItem("PATIENT_CARE", "Patient care", "ACGME core competency"),
            new CatalogItem("MEDICAL_KNOWLEDGE", "Medical knowledge", "ACGME core competency"),
            new CatalogItem("PRACTICE_BASED_LEARNING", "Practice-based learning and improvement", "ACGME core competency"),
            new CatalogItem("COMMUNICATION_SKILLS", "Interpersonal and communication skills", "ACGME core competency"),
            new CatalogItem("PROFESSIONALISM", "Professionalism", "ACGME core competency"),
            new CatalogItem("SYSTEMS_BASED_PRACTICE", "Systems-based practice", "ACGME core competency"));

    private static final Map<String, ActivityType> ACTIVITY_BY_CODE = index(ACTIVITY_TYPES, ActivityType::code);
    private static final Map<String, CatalogItem> PROCEDURE_BY_CODE = index(PROCEDURES, CatalogItem::code);
    private static final Map<String, CatalogItem> SKILL_BY_CODE = index(SKILLS, CatalogItem::code);
    private static final Map<String, CatalogItem> COMPETENCY_BY_CODE = index(COMPETENCIES, CatalogItem::code);

    private TrainingCatalog() {
    }

    public static List<ActivityType> activityTypes() {
        return ACTIVITY_TYPES;
    }

    public static List<CatalogItem> procedures() {
        return PROCEDURES;
    }

    public static List<CatalogItem> skills() {
        return SKILLS;
    }

    public static List<CatalogItem> competencies() {
        return COMPETENCIES;
    }

    public static Optional<ActivityType> activityType(String code) {
        return Optional.ofNullable(code).map(ACTIVITY_BY_CODE::get);
    }

    public static Optional<CatalogItem> procedure(String code) {
        return Optional.ofNullable(code).map(PROCEDURE_BY_CODE::get);
    }

    public static Optional<CatalogItem> skill(String code) {
        return Optional.ofNullable(code).map(SKILL_BY_CODE::get);
    }

    public static Optional<CatalogItem> competency(String code) {
        return Optional.ofNullable(code).map(COMPETENCY_BY_CODE::get);
    }

    public static boolean isMilestoneLevel(int level) {
        return level >= LOWEST_MILESTONE_LEVEL && level <= HIGHEST_MILESTONE_LEVEL;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }
}
