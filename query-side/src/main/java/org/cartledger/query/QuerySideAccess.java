package org.cartledger.query;

import static org.cartledger.api.recording.LedgerRole.ADMIN;
import static org.cartledger.api.recording.LedgerRole.AUDITOR;
import static org.cartledger.api.recording.LedgerRole.COMMITTEE;
import static org.cartledger.http.security.AccessRule.SIGNED_IN;
import static org.cartledger.http.security.AccessRule.STAFF;
import static org.cartledger.http.security.AccessRule.get;
import static org.cartledger.http.security.AccessRule.post;

import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read which view, and run the read models: the query side's part of the role matrix. */
@Configuration(proxyBeanMethods = false)
public class QuerySideAccess {

    private static final String T = "/api/trainees/{" + AccessRule.TRAINEE_ID + "}";

    public static final AccessRuleSet RULES = AccessRuleSet.of("query-side",
            // a trainee's record: staff read every one, a trainee their own
            get(T + "/dashboard").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript").to(STAFF).andTheTraineeThemselves(),
            get(T + "/transcript.csv").to(STAFF).andTheTraineeThemselves(),
            // every trainee at once is for staff only
            get("/api/cohort").to(STAFF),
            // the program's catalog
            get("/api/catalog").to(SIGNED_IN),
            // what each track requires, every version: anyone signed in, as the catalog
            get("/api/requirement-sets").to(SIGNED_IN),
            get("/api/requirement-sets/{track}").to(SIGNED_IN),
            // operations
            get("/api/admin/projections").to(ADMIN, AUDITOR, COMMITTEE),
            post("/api/admin/projections/{readModel}/rebuild").to(ADMIN),
            get("/api/admin/projections/{readModel}/dead-letters").to(ADMIN, AUDITOR, COMMITTEE),
            post("/api/admin/projections/{readModel}/dead-letters/retry").to(ADMIN),
            post("/api/admin/projections/{readModel}/dead-letters/{traineeId}/retry").to(ADMIN));

    @Bean
    public AccessRuleSet querySideAccessRules() {
        return RULES;
    }
}
