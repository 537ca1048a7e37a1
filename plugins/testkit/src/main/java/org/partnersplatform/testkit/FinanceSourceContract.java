package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;
import org.slf4j.Logger;

/**
 * The checks every finance source must pass: a plugin's test class extends this one and supplies the source, a
 * validated configuration and a fresh context. Besides the paging checks of {@link PagedSourceContract} (payment ids
 * stable across runs, resuming from every checkpoint without holes or repeats, the run stops, a rate limit let out
 * unchanged), every payment of a full run has a payer id, an amount with no more decimals than its currency has,
 * and a payment date that is not after the context's clock; and a failure of the HTTP client leaves {@code fetch}
 * as a typed {@link SourceException}. Finance sources are always checked as ordered: a payment stored twice would be
 * money counted twice.
 */
public abstract class FinanceSourceContract extends PagedSourceContract<PaymentRecord> {

    /** The source under test; the same instance or an equal one on every call. */
    protected abstract FinanceSource source();

    /** A configuration the source's schema validated, pointing at the test's data (a replay server, a file). */
    @Override
    protected abstract SourceConfig config();

    /** The descriptor is the same value on every call; the configuration passes its schema and {@code validate}. */
    @Test
    public void descriptorIsValidAndItsSchemaAcceptsTheConfig() {
        FinanceSource source = source();
        FinanceSourceDescriptor descriptor = source.descriptor();
        assertNotNull(descriptor, "descriptor() returned null");
        assertEquals(descriptor, source.descriptor(), "descriptor() must return the same value on every call");
        SourceConfig config = config();
        assertEquals(descriptor.configSchema(), config.schema(),
                "the supplied configuration was validated against another schema than the descriptor's");
        descriptor.configSchema().validate(config.asMap());
        source.validate(config);
    }

    /**
     * When every request fails as {@link TemporarilyUnavailableException} (the client's retries exhausted), {@code
     * fetch} lets a typed {@link SourceException} out (the core retries or fails the run on it), not a plugin error.
     * Skipped for a source that sends no request.
     */
    @Test
    public void aFailingHttpClientEndsFetchWithATypedException() {
        FailingClient failing = new FailingClient(newContext());
        RuntimeException thrown = null;
        PagedSession<PaymentRecord> session = open(failing);
        try {
            Checkpoint checkpoint = Checkpoint.START;
            for (int pages = 1; pages <= maxPages(); pages++) {
                Page<PaymentRecord> page = session.fetch(checkpoint);
                if (!page.hasMore()) {
                    break;
                }
                checkpoint = page.next();
            }
        } catch (RuntimeException e) {
            thrown = e;
        } finally {
            closeQuietly(session);
        }
        if (failing.requests() == 0) {
            if (thrown != null) {
                fail("the run failed without sending an HTTP request: " + thrown, thrown);
            }
            assumeTrue(false, "the source sent no HTTP request, so no request could fail");
        }
        if (thrown == null) {
            fail("every HTTP request failed, but the run ended normally: the source swallowed the failure");
        }
        if (!(thrown instanceof SourceException)) {
            fail("every HTTP request failed as TemporarilyUnavailableException, but fetch threw " + thrown
                    + ": let a typed SourceException out, so the core can retry the page", thrown);
        }
    }

    @Override
    final PagedSession<PaymentRecord> open(SourceContext context) {
        return source().open(config(), context);
    }

    @Override
    final String idOf(PaymentRecord item) {
        return item.paymentId();
    }

    @Override
    final boolean ordered() {
        return true;
    }

    /** The payer has an id, the amount fits its currency, and the payment is not dated after the clock. */
    @Override
    final void checkItem(PaymentRecord item, int page, SourceContext context, List<String> problems) {
        if (item.payer().sourceAccountId().isBlank()) {
            problems.add("payment " + item.paymentId() + " on page " + page + " has a payer with a blank id");
        }
        int digits = item.currency().getDefaultFractionDigits();
        if (digits >= 0 && item.amount().stripTrailingZeros().scale() > digits) {
            problems.add("payment " + item.paymentId() + " on page " + page + " has the amount "
                    + item.amount().toPlainString() + " " + item.currency() + ", with more than " + digits
                    + " decimals");
        }
        if (item.paidAt().isAfter(context.clock().instant())) {
            problems.add("payment " + item.paymentId() + " on page " + page + " is dated " + item.paidAt()
                    + ", after the clock's " + context.clock().instant() + ": a payment is one that was made");
        }
    }

    /** A context whose HTTP client fails every request as the core's client does once its retries are spent. */
    private static final class FailingClient implements SourceContext, SourceHttpClient {
        private final SourceContext delegate;
        private final AtomicInteger requests = new AtomicInteger();

        FailingClient(SourceContext delegate) {
            this.delegate = delegate;
        }

        @Override
        public SourceHttpClient http() {
            return this;
        }

        @Override
        public Clock clock() {
            return delegate.clock();
        }

        @Override
        public Logger logger() {
            return delegate.logger();
        }

        @Override
        public HttpResult send(HttpRequestSpec request) {
            requests.incrementAndGet();
            throw new TemporarilyUnavailableException(request + " failed in the test kit's contract check");
        }

        int requests() {
            return requests.get();
        }
    }
}
