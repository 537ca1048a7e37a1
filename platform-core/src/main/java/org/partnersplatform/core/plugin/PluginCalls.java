package org.partnersplatform.core.plugin;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnersplatform.api.SourceException;

/**
 * Calls into plugin code on a thread of its own, with a time limit ({@code partners.ingest.call-timeout}), so that a
 * plugin that hangs or throws anything fails only what called it. The typed {@link SourceException}s pass through for
 * the caller to act on; anything else a plugin throws becomes a {@link PluginCallException} that names the call. A
 * timed-out call is interrupted; a plugin that ignores interrupts keeps its thread, which is a daemon and cannot hold
 * the node up.
 */
@Singleton
public class PluginCalls {

    private final Duration timeout;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "plugin-call-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs a plugin call and returns its result.
     *
     * @throws SourceException as the plugin threw it
     * @throws PluginCallException when the call timed out or threw anything else
     */
    public <T> T call(String what, Callable<T> call) {
        Future<T> future = executor.submit(call);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PluginCallException(what + " did not answer within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginCallException(what + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SourceException typed) {
                throw typed;
            }
            throw new PluginCallException(what + " failed: " + cause, cause);
        }
    }

    /** @param timeout how long one call into a plugin (open a session, read a page, validate) may take */
    public PluginCalls(@Value("${partners.ingest.call-timeout:5m}") Duration timeout) {
        this.timeout = timeout;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** A plugin call that hung, was interrupted or threw something other than a {@link SourceException}. */
    public static final class PluginCallException extends RuntimeException {
        PluginCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
