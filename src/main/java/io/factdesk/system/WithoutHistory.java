package io.factdesk.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity, or a field of one, whose changes append no history event: an exception to the rule that
 * {@link HistoryRequired} enforces, with the reason why. Such a change moves no chain head, so nothing
 * that {@link HeadCache} keeps may show it. docs/architecture.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.FIELD })
public @interface WithoutHistory {

    /** Why a change of this needs no event (bookkeeping no one reads as the desk's history). */
    String value();
}
