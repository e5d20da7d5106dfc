package org.cartledger.bench;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.UUID;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.WriterKey;

/**
 * Events of a trainee's record as the ledger's event store writes them: the payload type, the payload and
 * metadata as compact UTF-8 JSON in the field order Jackson writes the records (the form
 * StoredEventFormTest in ledger-launcher pins down), the aggregate type and Axon's recorded time. The
 * ledger reads these rows as it reads its own: the read models and the Merkle tree take them in, and
 * commands on a loaded trainee replay them.
 *
 * <p>The history of a trainee is a plausible mix (mostly attendance, then procedures, sign-offs,
 * evaluations, feedback, assessments and research) with fixed values from the program's catalog; the
 * randomness is seeded, so two runs load the same ledger.
 */
final class StoredEvents {

    static final String AGGREGATE_TYPE = "TraineeRecord";
    private static final String API = "org.cartledger.api.";
    // Axon writes the recorded time with milliseconds, always three digits
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final String[] ACTIVITIES = {"DAILY_CLINICAL_ROUNDS", "TEACHING_ROUNDS", "GRAND_ROUNDS", "MDT_TUMOR_BOARD",
            "JOURNAL_CLUB", "ACADEMIC_LECTURE", "MENTOR_ONE_ON_ONE", "OUTPATIENT_OBSERVATION"};
    private static final String[] PROCEDURES = {"CAR_T_INFUSION_INTRAVENOUS", "CAR_T_INFUSION_LOCAL", "TUMOR_BIOPSY_PREPARATION",
            "TUMOR_TISSUE_COLLECTION_AND_HANDLING", "CAR_T_CELL_PREPARATION_AND_QC"};
    private static final String[] SUPERVISION = {"DIRECT_SUPERVISION", "INDIRECT_SUPERVISION"};
    private static final String[] SKILLS = {"PATIENT_ASSESSMENT", "TUMOR_STAGING", "CAR_T_CELL_PREPARATION", "CAR_T_INFUSION_TECHNIQUES",
            "CAR_T_PATIENT_MONITORING", "CRS_MANAGEMENT", "TOXICITY_MANAGEMENT", "IMMUNOTHERAPY_SIDE_EFFECTS", "SUPPORTIVE_CARE"};

    /** One row of domain_event_entry, but its position, which the ledger's trigger assigns. */
    record Row(String aggregateIdentifier, long sequenceNumber, String eventIdentifier, byte[] metaData, byte[] payload,
               String payloadType, String timeStamp) {

        /** Sets the parameters of {@link #insertInto}'s statement. */
        void bindTo(PreparedStatement insert) throws SQLException {
            insert.setString(1, aggregateIdentifier);
            insert.setLong(2, sequenceNumber);
            insert.setString(3, AGGREGATE_TYPE);
            insert.setString(4, eventIdentifier);
            insert.setBytes(5, metaData);
            insert.setBytes(6, payload);
            insert.setString(7, payloadType);
            insert.setString(8, timeStamp);
        }

        /** Sets the parameters of {@link #insertIntoLedger}'s statement: the row and its writer's MAC. */
        void bindTo(PreparedStatement insert, WriterKey key) throws SQLException {
            bindTo(insert);
            insert.setBytes(9, key.macOf(new LedgerEvent(0, eventIdentifier, aggregateIdentifier, sequenceNumber, payloadType, null,
                    timeStamp, metaData, payload)));
        }
    }

    /**
     * The insert of a row into the ledger's domain_event_entry with the MAC the ledger's writer stores beside it
     * (docs/ledger-proofs.md §2a): without it the ledger's tree would refuse the row as written behind its back.
     */
    static String insertIntoLedger() {
        return "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, "
                + "payload_revision, payload_type, time_stamp, writer_mac) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)";
    }

    /** The insert of a row into a table shaped like domain_event_entry; the position is left to the table. */
    static String insertInto(String table) {
        return "INSERT INTO " + table + " (aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload, "
                + "payload_revision, payload_type, time_stamp) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)";
    }

    /** The first day of every loaded program: entries fall on its first 40 days, and today is inside it. */
    private final LocalDate programStart;
    private final String recorderId;

    StoredEvents(LocalDate today, String recorderId) {
        this.programStart = today.minusDays(40);
        this.recorderId = recorderId;
    }

    LocalDate programStart() {
        return programStart;
    }

    /** The event at {@code sequence} of a trainee's record: the enrollment first, then the mix. */
    Row event(String traineeId, long sequence, Random random, Instant recordedAt) {
        String entryId = UUID.randomUUID().toString();
        if (sequence == 0) {
            return row(traineeId, sequence, "COORDINATOR", BenchPeople.COORDINATOR, "enrollment.TraineeEnrolledEvent",
                    enrollment(traineeId, entryId), recordedAt);
        }
        String occurredAt = programStart.plusDays(sequence % 40).atTime(1 + random.nextInt(12), random.nextInt(60))
                .toInstant(ZoneOffset.UTC).toString();
        int kind = random.nextInt(100);
        if (kind < 50) {
            return faculty(traineeId, sequence, "activity.AttendanceRecordedEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","activityType":"%s","durationMinutes":%d,"presentedCase":false,\
                    "caseTopic":null,"notes":"Discussed two patients"}"""
                    .formatted(traineeId, entryId, occurredAt, pick(ACTIVITIES, random), 30 + 15 * random.nextInt(7)), recordedAt);
        }
        if (kind < 70) {
            return faculty(traineeId, sequence, "activity.ProcedureRecordedEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","procedure":"%s","setting":"SIMULATION",\
                    "supervisionLevel":"%s","supervisorId":"%s","notes":"Checked the product twice","onBehalfOf":null}"""
                    .formatted(traineeId, entryId, occurredAt, pick(PROCEDURES, random), pick(SUPERVISION, random), recorderId),
                    recordedAt);
        }
        if (kind < 82) {
            return faculty(traineeId, sequence, "activity.SkillSignedOffEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","skill":"%s","signedOffBy":"%s",\
                    "notes":"Managed grade 2 CRS","onBehalfOf":null}"""
                    .formatted(traineeId, entryId, occurredAt, pick(SKILLS, random), recorderId), recordedAt);
        }
        if (kind < 88) {
            int level = 1 + random.nextInt(5);
            return faculty(traineeId, sequence, "evaluation.RotationEvaluationRecordedEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","rotation":"Cellular therapy inpatient","evaluatorId":"%s",\
                    "milestoneLevels":{"PATIENT_CARE":%d,"MEDICAL_KNOWLEDGE":%d,"PRACTICE_BASED_LEARNING":%d,\
                    "COMMUNICATION_SKILLS":%d,"PROFESSIONALISM":%d,"SYSTEMS_BASED_PRACTICE":%d},\
                    "comments":"Steady progress","onBehalfOf":null}"""
                    .formatted(traineeId, entryId, occurredAt, recorderId, level, level, level, level, level, level), recordedAt);
        }
        if (kind < 94) {
            return faculty(traineeId, sequence, "evaluation.FacultyFeedbackRecordedEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","facultyId":"%s","strengths":"Calm under pressure",\
                    "areasForImprovement":"Hand-offs","careerDevelopment":"Consider a research year","onBehalfOf":null}"""
                    .formatted(traineeId, entryId, occurredAt, recorderId), recordedAt);
        }
        if (kind < 98) {
            return faculty(traineeId, sequence, "evaluation.TechnicalCompetencyAssessedEvent", """
                    {"traineeId":"%s","entryId":"%s","occurredAt":"%s","assessorId":"%s","area":"PROCEDURES",\
                    "procedure":"%s","level":%d,"comments":"Safe and methodical","onBehalfOf":null}"""
                    .formatted(traineeId, entryId, occurredAt, recorderId, pick(PROCEDURES, random), 1 + random.nextInt(5)),
                    recordedAt);
        }
        return faculty(traineeId, sequence, "research.ResearchProgressRecordedEvent", """
                {"traineeId":"%s","entryId":"%s","occurredAt":"%s","projectTitle":"CAR-T persistence",\
                "milestone":"PROJECT_STARTED","summary":"Protocol approved"}"""
                .formatted(traineeId, entryId, occurredAt), recordedAt);
    }

    private String enrollment(String traineeId, String entryId) {
        return """
                {"traineeId":"%s","entryId":"%s","occurredAt":"%s","fullName":"Dr. Mei Chen","track":"FELLOW",\
                "eligibility":{"institution":"Peking Union Medical College Hospital","programName":null,"completedOn":"%s",\
                "coreClerkshipsComplete":null,"deansLetterIssuedOn":null,"expectedGraduationOn":null},\
                "startDate":"%s","endDate":"%s","timeZone":"Asia/Shanghai","mentorId":"%s","lengthApproval":null}"""
                .formatted(traineeId, entryId, programStart.atTime(0, 30).toInstant(ZoneOffset.UTC), programStart.minusMonths(2),
                        programStart, programStart.plusMonths(4), recorderId);
    }

    private Row faculty(String traineeId, long sequence, String type, String payload, Instant recordedAt) {
        return row(traineeId, sequence, "FACULTY", recorderId, type, payload, recordedAt);
    }

    private static Row row(String traineeId, long sequence, String role, String recorder, String type, String payload,
                           Instant recordedAt) {
        // the command's correlation and trace ids, as the ledger's message monitor sets them: one new id for both
        String trace = UUID.randomUUID().toString();
        String metaData = """
                {"traceId":"%s","recorderRole":"%s","correlationId":"%s","recorderId":"%s"}""".formatted(trace, role, trace, recorder);
        return new Row(traineeId, sequence, UUID.randomUUID().toString(), metaData.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), API + type, RECORDED_AT.format(recordedAt));
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
