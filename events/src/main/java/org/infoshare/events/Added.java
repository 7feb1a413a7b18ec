package org.infoshare.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event record component added to a type version that was already published (fields may
 * be added, never changed). Events written before it existed lack it, so the JSON Schema lists it in
 * {@code properties} but not in {@code required}, and it reads as null: it is always {@link Nullable}
 * too. A test checks both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Added {
}
