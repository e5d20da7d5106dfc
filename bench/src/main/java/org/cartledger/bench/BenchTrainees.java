package org.cartledger.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trainees enrolled through the API for the measurements over HTTP, one per client: entries for one
 * trainee are recorded one at a time by the ledger (its record is one aggregate), so clients writing to
 * the same trainee would measure their queueing, not the ledger.
 */
final class BenchTrainees {

    /** What a faculty member's client sends for an attendance entry; the ledger takes now as when it occurred. */
    static final String ATTENDANCE = """
            {"activityType":"DAILY_CLINICAL_ROUNDS","durationMinutes":60,"presentedCase":false}""";

    private BenchTrainees() {
    }

    static List<String> enroll(LedgerClient.Caller coordinator, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        LocalDate start = LocalDate.now().minusDays(40);
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "%s-%02d", prefix, i);
            coordinator.post("/api/trainees", """
                    {"traineeId":"%s","fullName":"Dr. Li Wei","track":"FELLOW",
                     "eligibility":{"institution":"Peking Union Medical College Hospital","completedOn":"%s"},
                     "startDate":"%s","endDate":"%s","mentorId":"%s"}"""
                    .formatted(id, start.minusMonths(2), start, start.plusMonths(4), BenchPeople.FACULTY))
                    .expect("Enrolling " + id, 201);
            ids.add(id);
        }
        return ids;
    }

    static String attendancePath(String traineeId) {
        return "/api/trainees/" + traineeId + "/attendance";
    }
}
