package org.cartledger.users.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.security.ActingPrincipal;
import org.cartledger.http.security.ClientAddress;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.SignInEvent;
import org.cartledger.http.security.SignInEvents;
import org.cartledger.http.security.SignInThrottle;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the administrator sees of sign-in throttling: the recent security events (from the table,
 * so every process's), the lockouts in force (this process's counters), and lifting one early,
 * which is recorded too.
 */
@RestController
@RequestMapping("/api/admin")
@ConditionalOnPasswordSignIn
class SignInAdminController {

    static final int MAX_EVENTS = 1000;

    private final SignInEventTable table;
    private final SignInThrottle throttle;
    private final SignInEvents events;

    SignInAdminController(SignInEventTable table, SignInThrottle throttle, SignInEvents events) {
        this.table = table;
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/sign-in-events")
    List<SignInEvent> events(@RequestParam(required = false) String userId, @RequestParam(required = false) String address,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_EVENTS) int limit) {
        String written = address == null ? null : Optional.ofNullable(ClientAddress.normalised(address)).orElse(address);
        return table.newest(userId, written, limit);
    }

    @GetMapping("/sign-in-lockouts")
    List<SignInThrottle.Lockout> lockouts() {
        return throttle.lockouts();
    }

    @DeleteMapping("/sign-in-lockouts/users/{userId}")
    ResponseEntity<ProblemDetail> liftUser(@PathVariable String userId, HttpServletRequest request) {
        return lifted(throttle.liftUser(userId, ActingPrincipal.require(request).id()), "user id '" + userId + "'");
    }

    @DeleteMapping("/sign-in-lockouts/addresses/{address}")
    ResponseEntity<ProblemDetail> liftAddress(@PathVariable String address, HttpServletRequest request) {
        // lockouts are kept under the address as the JDK writes it (IPv6 in full): ::1 and 0:0:0:0:0:0:0:1 are one
        String written = ClientAddress.UNKNOWN.equals(address) ? address : ClientAddress.normalised(address);
        if (written == null) {
            return Problems.invalidFields(List.of(new Problems.FieldError("address",
                    "must be an IP address such as 192.0.2.7 or 2001:db8::7, as GET /api/admin/sign-in-lockouts lists it")));
        }
        return lifted(throttle.liftAddress(written, ActingPrincipal.require(request).id()), "address " + written);
    }

    private ResponseEntity<ProblemDetail> lifted(Optional<SignInEvent> lift, String what) {
        if (lift.isEmpty()) {
            return Problems.of(404, "no-such-lockout", "Not locked",
                    "The " + what + " is not locked in this process. GET /api/admin/sign-in-lockouts lists the lockouts in force.");
        }
        events.record(lift.get());
        return ResponseEntity.noContent().build();
    }
}
