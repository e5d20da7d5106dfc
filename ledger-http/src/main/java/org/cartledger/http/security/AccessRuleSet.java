package org.cartledger.http.security;

import java.util.List;
import java.util.Objects;

/**
 * The access rules one module brings for the endpoints it serves, declared as a bean by that module:
 * a process applies the rules of exactly the modules it assembles, and no module knows another's URLs.
 *
 * @param module the module's name, as a clash between two modules' rules names them
 * @param rules  its rules; within a module, the first that matches a request decides
 */
public record AccessRuleSet(String module, List<AccessRule> rules) {

    public AccessRuleSet {
        Objects.requireNonNull(module);
        rules = List.copyOf(rules);
    }

    public static AccessRuleSet of(String module, AccessRule... rules) {
        return new AccessRuleSet(module, List.of(rules));
    }
}
