package org.partnersplatform.api;

import java.util.Objects;

/**
 * An item that could not be accepted, with the reason an administrator reads in the run's report.
 *
 * @param itemId the source's id of the item, or a description of where it was when it has none
 * @param reason what is wrong, in words an administrator can act on
 */
public record RejectedItem(String itemId, String reason) {

    public RejectedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reason, "reason");
    }
}
