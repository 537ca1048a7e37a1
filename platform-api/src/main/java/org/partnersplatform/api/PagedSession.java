package org.partnersplatform.api;

/**
 * One sync run's connection to a source, opened by the source's factory and closed by the core in {@code finally}.
 * A session is used by one thread at a time and may keep state between pages (a walk already computed, a cursor).
 *
 * @param <T> the kind of item: activity records or payments
 */
public interface PagedSession<T> extends AutoCloseable {

    /**
     * Reads the page that follows {@code from}. The core calls it again with the returned {@link Page#next()} while
     * {@link Page#hasMore()} is true; after a crash, a later session is handed the last checkpoint the core saved.
     *
     * @param from {@link Checkpoint#START} for a first run, otherwise a checkpoint this source returned before
     * @return the page; never {@code null}
     * @throws SourceException a typed failure; any other exception fails the run as a plugin error
     */
    Page<T> fetch(Checkpoint from);

    /** Releases what the session holds (files, connections). It must not throw. */
    @Override
    void close();
}
