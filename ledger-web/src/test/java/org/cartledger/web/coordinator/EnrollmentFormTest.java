package org.cartledger.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mentor is asked for, and then required, only where the ledger keeps the accounts and can check it. */
class EnrollmentFormTest {

    private static EnrollmentForm fellow(String mentorId) {
        return new EnrollmentForm("key", "F-2026-001", "王小明", "FELLOW", "Zhejiang University School of Medicine",
                "Medical oncology residency", "2025-06-30", null, "", "", "2026-03-02", "2026-08-31", mentorId, "", "");
    }

    @Test
    void whereTheLedgerKeepsTheAccountsAMentorIsRequired() {
        assertThat(fellow("").problems(true)).containsKey("mentorId");
        assertThat(fellow("fac-wang").problems(true)).doesNotContainKey("mentorId");
    }

    @Test
    void throughTheHospitalsProviderNoMentorIsAskedAndNoneIsSent() {
        assertThat(fellow("").problems(false)).isEmpty();
        assertThat(fellow("").command("entry-1", java.time.Instant.parse("2026-03-01T01:00:00Z"), "Asia/Shanghai").mentorId())
                .isNull();
    }
}
