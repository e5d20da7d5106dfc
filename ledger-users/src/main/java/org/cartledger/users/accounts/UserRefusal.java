package org.cartledger.users.accounts;

/** A user request the ledger will not carry out, with the rule it breaks. */
class UserRefusal extends RuntimeException {

    private final int status;
    private final String rule;
    private final String title;
    private final String field;

    UserRefusal(int status, String rule, String title, String detail) {
        this(status, rule, title, detail, null);
    }

    private UserRefusal(int status, String rule, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.title = title;
        this.field = field;
    }

    static UserRefusal invalidPassword() {
        return new UserRefusal(400, "invalid-request", "The request is not valid",
                "must be at least " + LedgerUsers.MIN_PASSWORD_LENGTH + " characters and at most "
                        + LedgerUsers.MAX_PASSWORD_BYTES + " bytes in UTF-8", "password");
    }

    int status() {
        return status;
    }

    String rule() {
        return rule;
    }

    String title() {
        return title;
    }

    /** The request field at fault, when it is one field. */
    String field() {
        return field;
    }
}
