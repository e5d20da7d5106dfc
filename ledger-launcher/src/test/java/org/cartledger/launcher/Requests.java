package org.cartledger.launcher;

import java.time.LocalDate;

/**
 * Request bodies as a client writes them. The program runs around today, so entries "now" fall
 * inside it, and began over a month ago, so that a review of its second month is not a review of a
 * month that has not begun. Entries that faculty sign leave the signer out: the faculty member signed
 * in signs off. The people the bodies name (fac-wang, fac-zhao, director-zhao) are users of the
 * ledger under test ({@link RunningLedger#TEST_FACULTY}).
 */
final class Requests {

    static final LocalDate START = LocalDate.now().minusDays(40);
    static final LocalDate END = START.plusMonths(4);

    private Requests() {
    }

    static String enrollFellow(String traineeId) {
        return """
                {"traineeId":"%s","fullName":"Dr. Mei Chen","track":"FELLOW",
                 "eligibility":{"institution":"Peking Union Medical College Hospital","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s","mentorId":"fac-wang"}"""
                .formatted(traineeId, START.minusMonths(2), START, END);
    }

    static String skill(String skill) {
        return """
                {"skill":"%s","notes":"Managed grade 2 CRS with tocilizumab"}""".formatted(skill);
    }

    static String attendance(String activityType, boolean presented) {
        return """
                {"activityType":"%s","durationMinutes":60,"presentedCase":%s,"caseTopic":%s}"""
                .formatted(activityType, presented, presented ? "\"Mesothelin CAR-T, pleural mesothelioma\"" : "null");
    }

    static String procedure(String procedure, String level) {
        return """
                {"procedure":"%s","setting":"SIMULATION","supervisionLevel":"%s"}"""
                .formatted(procedure, level);
    }

    static String rotationEvaluation(int level) {
        return """
                {"rotation":"Cellular therapy inpatient","milestoneLevels":{
                 "PATIENT_CARE":%1$d,"MEDICAL_KNOWLEDGE":%1$d,"PRACTICE_BASED_LEARNING":%1$d,
                 "COMMUNICATION_SKILLS":%1$d,"PROFESSIONALISM":%1$d,"SYSTEMS_BASED_PRACTICE":%1$d}}""".formatted(level);
    }

    static String committeeReview(String month) {
        return """
                {"reviewMonth":"%s","decision":"ON_TRACK","autonomyGranted":"INDIRECT_SUPERVISION",
                 "feedback":"Strong CRS recognition","adjustedGoals":["Lead one tumor board case"]}""".formatted(month);
    }

    static String correction(String correctedEntryId, String reason) {
        return """
                {"correctedEntryId":"%s","reason":"%s"}""".formatted(correctedEntryId, reason);
    }
}
