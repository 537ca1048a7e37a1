package org.partnersplatform.core.alert;

/**
 * An alert a rule found, not yet stored: raising it is a no-op when an alert with the same dedupe key exists.
 *
 * @param dedupeKey what makes it the same alert: its kind, its subject and its month or spell
 */
public record AlertCandidate(AlertKind kind, String dedupeKey, AlertSubject subjectType, long subjectId,
                             String subjectName, String period, String message) {
}
