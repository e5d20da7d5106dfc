package org.cartledger.http.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text field that may hold several lines: tab, line feed and carriage return (and the
 * Unicode line and paragraph separators) are allowed in it. Every other string of a request is one
 * line. Put it on notes, comments and statements, not on names, titles, ids or codes, where a line
 * break would make a list or a transcript read differently. See {@link TextRule}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MultilineText {
}
