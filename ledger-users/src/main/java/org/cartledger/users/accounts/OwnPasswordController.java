package org.cartledger.users.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.cartledger.http.accounts.Accounts;
import org.cartledger.http.security.ActingPrincipal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Anyone signed in changes their own password: the first one they were given, or one printed in the log. */
@RestController
@ConditionalOnPasswordSignIn
class OwnPasswordController {

    private final Accounts users;

    OwnPasswordController(Accounts users) {
        this.users = users;
    }

    @PutMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@Valid @RequestBody PasswordRequest password, HttpServletRequest request) {
        String me = ActingPrincipal.require(request).id();
        users.setPassword(me, password.password(), me);
    }
}
