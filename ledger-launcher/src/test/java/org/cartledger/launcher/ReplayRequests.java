package org.cartledger.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Request bodies for the replay tests: entries dated on a given program day, so that when an entry
 * happened and when it was recorded can differ, and committee reviews that name their basis.
 */
public final class ReplayRequests {

    /** The zone the ledger records enrollments in unless told otherwise (ledger.program-time-zone). */
    public static final ZoneId PROGRAM_ZONE = ZoneId.of("Asia/Shanghai");

    private ReplayRequests() {
    }

    /** 10:00 on a day in the program's zone. */
    public static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(PROGRAM_ZONE).toInstant();
    }

    public static String skillOn(String skill, LocalDate day) {
        return """
                {"skill":"%s","occurredAt":"%s"}""".formatted(skill, at(day));
    }

    public static String attendanceOn(String activityType, LocalDate day) {
        return """
                {"activityType":"%s","durationMinutes":60,"presentedCase":false,"occurredAt":"%s"}"""
                .formatted(activityType, at(day));
    }

    public static String procedureOn(String procedure, LocalDate day) {
        return """
                {"procedure":"%s","setting":"SIMULATION","supervisionLevel":"DIRECT_SUPERVISION","occurredAt":"%s"}"""
                .formatted(procedure, at(day));
    }

    public static String extension(LocalDate newEndDate) {
        return """
                {"newEndDate":"%s","reason":"Research project needs more time","approvedBy":"director-zhao"}"""
                .formatted(newEndDate);
    }

    /** A committee review; {@code basedOnLedgerPosition} null leaves the field out. */
    public static String committeeReview(String month, Long basedOnLedgerPosition) {
        return """
                {"reviewMonth":"%s","decision":"ON_TRACK","autonomyGranted":"INDIRECT_SUPERVISION",
                 "feedback":"Strong CRS recognition"%s}"""
                .formatted(month, basedOnLedgerPosition == null ? "" : ",\"basedOnLedgerPosition\":" + basedOnLedgerPosition);
    }

    public static String correction(String correctedEntryId, String reason) {
        return """
                {"correctedEntryId":"%s","reason":"%s"}""".formatted(correctedEntryId, reason);
    }
}
