package org.cartledger.launcher;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Settings ({@code name=value}) for the ledger {@link LedgerOnItsOwnDatabase} starts for the annotated test class. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface LedgerProperties {

    String[] value();
}
