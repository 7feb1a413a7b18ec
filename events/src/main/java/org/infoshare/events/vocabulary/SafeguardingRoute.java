package org.infoshare.events.vocabulary;

/**
 * Which safeguarding route a referral takes (P3.1): the children's or the adults' safeguarding
 * arrangements. A safeguarding team declares, when registered, the routes it takes.
 */
public enum SafeguardingRoute {
    CHILDREN,
    ADULTS
}
