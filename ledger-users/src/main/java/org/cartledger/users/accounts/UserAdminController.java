package org.cartledger.users.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.cartledger.http.accounts.Account;
import org.cartledger.http.accounts.Accounts;
import org.cartledger.http.security.ActingPrincipal;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's part of the embedded default: who may sign in, and with which roles. */
@RestController
@RequestMapping("/api/admin/users")
@ConditionalOnPasswordSignIn
class UserAdminController {

    private final Accounts users;

    UserAdminController(Accounts users) {
        this.users = users;
    }

    @GetMapping
    List<Account> all() {
        return users.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Account create(@Valid @RequestBody NewUserRequest user, HttpServletRequest request) {
        return users.create(user.id(), user.password(), user.roles(), user.trainee(), ActingPrincipal.require(request).id());
    }

    @PostMapping("/{userId}/roles")
    Account grant(@PathVariable String userId, @Valid @RequestBody RoleGrantRequest grant, HttpServletRequest request) {
        return users.grant(userId, grant.roles(), grant.trainee(), ActingPrincipal.require(request).id());
    }

    /** Sets a forgotten password; the user should change it at once with PUT /api/me/password. */
    @PutMapping("/{userId}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String userId, @Valid @RequestBody PasswordRequest password, HttpServletRequest request) {
        users.setPassword(userId, password.password(), ActingPrincipal.require(request).id());
    }
}
