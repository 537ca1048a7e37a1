package org.partnersplatform.core.people;

/** What an identity rule matches: an identity's email, or its username (both compared lower-cased). */
public enum RuleField {
    EMAIL,
    USERNAME
}
