package org.cartledger.command.trainee;

import org.cartledger.http.problem.Refusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Matches the {@link Refusal} a refused command throws, by the rule it names (and its status). */
final class BrokenRule extends TypeSafeDiagnosingMatcher<Throwable> {

    private final String rule;
    private final Integer status;

    private BrokenRule(String rule, Integer status) {
        this.rule = rule;
        this.status = status;
    }

    /** A {@link Refusal} of the given rule. */
    static Matcher<Throwable> brokenRule(String rule) {
        return new BrokenRule(rule, null);
    }

    /** A {@link Refusal} of the given rule, refused with the given HTTP status (404, 409, 422). */
    static Matcher<Throwable> brokenRule(String rule, int status) {
        return new BrokenRule(rule, status);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown, Description mismatch) {
        if (!(thrown instanceof Refusal violation)) {
            mismatch.appendText("was ").appendValue(thrown);
            return false;
        }
        if (!rule.equals(violation.rule())) {
            mismatch.appendText("broke rule ").appendValue(violation.rule())
                    .appendText(": ").appendText(violation.getMessage());
            return false;
        }
        int actualStatus = violation.status();
        if (status != null && status != actualStatus) {
            mismatch.appendText("broke rule ").appendValue(rule).appendText(" with status ").appendValue(actualStatus);
            return false;
        }
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal of rule ").appendValue(rule);
        if (status != null) {
            description.appendText(" with status ").appendValue(status);
        }
    }
}
