/**
 * The notifier extension point (since 1.2.0): how alerts leave the platform. A {@link
 * org.partnersplatform.api.notify.Notifier} delivers one {@link org.partnersplatform.api.notify.Notification} (plain
 * data the core fills for an alert) to a channel such as email or a chat webhook, with settings declared like a
 * source's and the same small context. Failures are the typed exceptions of {@code org.partnersplatform.api}: retry
 * later, fix the settings, or give up on this notification.
 *
 * <p>The package is {@link org.partnersplatform.api.Beta}: the core's alert delivery that calls it is still being
 * built, and what it learns may change these types in a minor version.
 */
package org.partnersplatform.api.notify;
