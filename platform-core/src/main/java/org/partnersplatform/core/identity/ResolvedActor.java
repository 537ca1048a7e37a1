package org.partnersplatform.core.identity;

/**
 * The identity and member an actor resolved to.
 *
 * @param erased whether the identity belongs to a person who was erased: what it brings must be stored as the
 *               deployment's erasure policy says, without personal data
 */
public record ResolvedActor(long identityId, long memberId, boolean erased) {
}
