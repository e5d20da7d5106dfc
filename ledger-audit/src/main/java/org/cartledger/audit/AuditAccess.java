package org.cartledger.audit;

import static org.cartledger.api.recording.LedgerRole.ADMIN;
import static org.cartledger.http.security.AccessRule.SIGNED_IN;
import static org.cartledger.http.security.AccessRule.STAFF;
import static org.cartledger.http.security.AccessRule.get;
import static org.cartledger.http.security.AccessRule.post;

import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read a record's history, bundles and reproductions, and check the ledger: the audit module's part. */
@Configuration(proxyBeanMethods = false)
public class AuditAccess {

    private static final String T = "/api/trainees/{" + AccessRule.TRAINEE_ID + "}";

    public static final AccessRuleSet RULES = AccessRuleSet.of("ledger-audit",
            // a trainee's record: staff read every one, a trainee their own
            get(T + "/dashboard/as-of").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript.pdf").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript-bundle").to(STAFF).andTheTraineeThemselves(),
            get(T + "/history").to(STAFF).andTheTraineeThemselves(),
            get(T + "/committee-reviews/{entryId}/reproduction").to(STAFF).andTheTraineeThemselves(),
            get(T + "/committee-reports/{month}").to(STAFF).andTheTraineeThemselves(),
            get(T + "/committee-reports/{month}.pdf").to(STAFF).andTheTraineeThemselves(),
            // what lets anyone check the ledger: hashes and signatures, no training content
            get("/api/ledger/public-key").to(SIGNED_IN),
            get("/api/ledger/signing-keys").to(SIGNED_IN),
            get("/api/ledger/tree-heads").to(SIGNED_IN),
            get("/api/ledger/tree-heads/latest").to(SIGNED_IN),
            get("/api/ledger/proofs/inclusion").to(SIGNED_IN),
            get("/api/ledger/proofs/consistency").to(SIGNED_IN),
            // a witness hands in its cosignature signed in like any reader of the heads; the ledger keeps it only
            // when it verifies with a witness key its operators listed (docs/ledger-proofs.md §4c)
            post("/api/ledger/tree-heads/{treeSize}/cosignatures").to(SIGNED_IN),
            // operations
            post("/api/ledger/tree-heads").to(ADMIN),
            post("/api/ledger/signing-key/rotation").to(ADMIN));

    @Bean
    public AccessRuleSet auditAccessRules() {
        return RULES;
    }
}
