package org.infoshare.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST endpoint (or every endpoint of a resource) through which staff handle personal
 * data. While {@code infoshare.staff.require-acknowledgement} is on, {@link PolicyAcknowledgementGate}
 * refuses such an endpoint to a staff member who has not acknowledged the policy version in force
 * (P15.1: abiding by the policy is a condition of employment).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PersonalData {
}
