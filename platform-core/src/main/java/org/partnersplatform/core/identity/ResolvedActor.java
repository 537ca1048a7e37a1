package org.partnersplatform.core.identity;

/** The identity and member an actor resolved to. */
public record ResolvedActor(long identityId, long memberId) {
}
