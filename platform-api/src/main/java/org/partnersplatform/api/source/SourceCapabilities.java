package org.partnersplatform.api.source;

/**
 * What a source can promise beyond its interfaces.
 *
 * @param ordered whether the source reads items in a stable order, so that a checkpoint is exact. A source that
 *     cannot order its items returns {@code false}: it may emit an item again after resuming, and the core then counts
 *     it as unchanged instead of new
 * @param incremental whether a run after a complete one reads only what changed since; {@code false} means each run
 *     reads everything again
 */
public record SourceCapabilities(boolean ordered, boolean incremental) {

    /** An ordered, incremental source: the usual case. */
    public static final SourceCapabilities ORDERED_INCREMENTAL = new SourceCapabilities(true, true);
}
