package org.cartledger.command;

import static org.cartledger.api.recording.LedgerRole.COMMITTEE;
import static org.cartledger.api.recording.LedgerRole.COORDINATOR;
import static org.cartledger.api.recording.LedgerRole.FACULTY;
import static org.cartledger.http.security.AccessRule.post;

import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRuleSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may record what: the command side's part of the role matrix. */
@Configuration(proxyBeanMethods = false)
public class CommandSideAccess {

    private static final String T = "/api/trainees/{" + AccessRule.TRAINEE_ID + "}";

    public static final AccessRuleSet RULES = AccessRuleSet.of("command-side",
            // the coordinator enrolls and runs each program
            post("/api/trainees").to(COORDINATOR),
            post(T + "/extensions").to(COORDINATOR).neverAboutOneself(),
            post(T + "/completion").to(COORDINATOR).neverAboutOneself(),
            post(T + "/withdrawal").to(COORDINATOR).neverAboutOneself(),
            // faculty log what a trainee does and how they are judged
            post(T + "/attendance").to(FACULTY).neverAboutOneself(),
            post(T + "/procedures").to(FACULTY).neverAboutOneself(),
            post(T + "/skills").to(FACULTY).neverAboutOneself(),
            post(T + "/research").to(FACULTY).neverAboutOneself(),
            post(T + "/rotation-evaluations").to(FACULTY).neverAboutOneself(),
            post(T + "/feedback").to(FACULTY).neverAboutOneself(),
            post(T + "/technical-assessments").to(FACULTY).neverAboutOneself(),
            // the monthly competency committee decides
            post(T + "/committee-reviews").to(COMMITTEE).neverAboutOneself(),
            post(T + "/requirement-set").to(COMMITTEE).neverAboutOneself(),
            // the coordinator defines and revises what each track requires
            post("/api/requirement-sets/{track}").to(COORDINATOR),
            // whoever may record entries may correct one, with a reason; the committee first, since only it may
            // correct a committee decision (who may correct which entry is the record's rule: EntryLog)
            post(T + "/corrections").to(COMMITTEE, COORDINATOR, FACULTY).neverAboutOneself());

    @Bean
    public AccessRuleSet commandSideAccessRules() {
        return RULES;
    }
}
