package org.partnersplatform.core.ingest;

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

/**
 * Calls into plugin code on a thread of its own, with a time limit, so that a plugin that hangs or throws anything
 * fails only its own run. A timed-out call is interrupted; a plugin that ignores interrupts keeps its thread, which
 * is a daemon and cannot hold the node up.
 */
@Singleton
public class PluginCalls {

    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "plugin-call-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs a plugin call and returns its result.
     *
     * @throws PluginCallException when the call timed out or threw something that is not a {@link RuntimeException}
     */
    public <T> T call(String what, Callable<T> call, Duration timeout) {
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
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PluginCallException(what + " failed: " + cause, cause);
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** A plugin call that hung, was interrupted or threw an error. */
    public static final class PluginCallException extends RuntimeException {
        PluginCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
