package org.cartledger.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.LedgerPrincipal;
import org.junit.jupiter.api.Test;

class CommitteeAccessTest {

    @Test
    void theCommitteeTheCoordinatorAndAuditorsOpenTheCommitteesPages() {
        for (LedgerRole role : EnumSet.of(LedgerRole.COMMITTEE, LedgerRole.COORDINATOR, LedgerRole.AUDITOR)) {
            assertThat(CommitteeAccess.mayOpen(new LedgerPrincipal("p", EnumSet.of(role), null))).as(role.name()).isTrue();
        }
    }

    @Test
    void facultyTraineesAndTheAdministratorDoNot() {
        for (LedgerRole role : EnumSet.of(LedgerRole.FACULTY, LedgerRole.TRAINEE, LedgerRole.ADMIN)) {
            assertThat(CommitteeAccess.mayOpen(new LedgerPrincipal("p", EnumSet.of(role), role == LedgerRole.TRAINEE ? "F-1" : null)))
                    .as(role.name()).isFalse();
        }
    }
}
