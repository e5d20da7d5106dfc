package org.cartledger.users.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password: 12 characters or more, at most 72 bytes in UTF-8 (all that bcrypt reads). */
public record PasswordRequest(
        @NotNull @Size(min = LedgerUsers.MIN_PASSWORD_LENGTH, max = LedgerUsers.MAX_PASSWORD_BYTES) String password) {
}
