package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;
import org.slf4j.Logger;

/**
 * The paging checks shared by every kind of paged source, in the style of Spinnaker's {@code PluginsTck}: the
 * inherited tests run a source the way the core does (fetch from {@link Checkpoint#START} until {@code hasMore} is
 * false, the session closed in {@code finally}) and check the paging contract of {@link Checkpoint}. Extend {@link
 * PullSourceContract} for a contribution source or {@link FinanceSourceContract} for a finance source; they say what
 * an item is and what makes one valid. The data the source reads must not change while the tests run. Every resume
 * check re-runs the source once per distinct checkpoint, so give the source a small page size and a small data set.
 *
 * @param <T> the kind of item the source emits
 */
public abstract class PagedSourceContract<T> {

    /** The longest item id the core stores. */
    static final int MAX_ITEM_ID_LENGTH = 255;
    private static final int MAX_IDS_SHOWN = 10;

    /** Only the test kit's contracts extend this class; they know what their items are. */
    PagedSourceContract() {
    }

    /** A validated configuration pointing at the test's data (a replay server, a repository). */
    protected abstract SourceConfig config();

    /** A new context for one run; each run of each check asks for its own. */
    protected abstract SourceContext newContext();

    /** The most pages one run may read before the checks conclude that {@code hasMore} never becomes false. */
    protected int maxPages() {
        return 10_000;
    }

    /** Opens a session of the source under test with {@link #config()} and {@code context}. */
    abstract PagedSession<T> open(SourceContext context);

    /** The source's own id of an item. */
    abstract String idOf(T item);

    /** Whether the source promises no duplicates on resuming, not only no holes. */
    abstract boolean ordered();

    /** Adds to {@code problems} what is wrong with one item of a full run read with {@code context}. */
    abstract void checkItem(T item, int page, SourceContext context, List<String> problems);

    /**
     * A run from the start emits valid items (what valid means is the kind of source's: declared types, positive
     * amounts, ...) whose ids are unique within the run, not blank and at most 255 characters long.
     */
    @Test
    public void aFullRunEmitsValidItemsWithUniqueIds() {
        SourceContext context = newContext();
        List<PageRead<T>> pages = runFrom(Checkpoint.START, context, "the full run");
        List<String> problems = new ArrayList<>();
        Map<String, Integer> firstPage = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (T item : pages.get(i).items()) {
                String id = idOf(item);
                if (id.isBlank() || id.length() > MAX_ITEM_ID_LENGTH) {
                    problems.add("item '" + shorten(id) + "' on page " + (i + 1)
                            + " has a blank id or one longer than " + MAX_ITEM_ID_LENGTH + " characters");
                }
                checkItem(item, i + 1, context, problems);
                Integer earlier = firstPage.putIfAbsent(id, i + 1);
                if (earlier != null) {
                    problems.add("the id " + id + " is emitted on page " + earlier + " and again on page "
                            + (i + 1) + " of the same run");
                }
            }
        }
        failIfAny("the full run is wrong", problems);
    }

    /** Two runs from the start emit the same ids: ids are the source's own, not made up per run. */
    @Test
    public void aSecondFullRunYieldsTheSameIds() {
        Set<String> first = ids(runFrom(Checkpoint.START, newContext(), "the first full run"));
        Set<String> second = ids(runFrom(Checkpoint.START, newContext(), "the second full run"));
        List<String> problems = new ArrayList<>();
        Set<String> missing = minus(first, second);
        Set<String> added = minus(second, first);
        if (!missing.isEmpty()) {
            problems.add("ids of the first run missing from the second: " + show(missing));
        }
        if (!added.isEmpty()) {
            problems.add("ids of the second run not in the first: " + show(added));
        }
        failIfAny("ids are not stable across runs", problems);
    }

    /**
     * Resuming from each checkpoint the full run returned, in a new session, emits the items after it: together with
     * the items emitted up to it they are the full run's items, none missing (no holes) and, for an ordered source,
     * none emitted on both sides (no duplicates). A source whose capabilities say it is not ordered only has to leave
     * no holes.
     */
    @Test
    public void resumingFromEveryCheckpointYieldsTheSameItemsWithoutDuplicatesOrHoles() {
        boolean ordered = ordered();
        List<PageRead<T>> full = runFrom(Checkpoint.START, newContext(), "the full run");
        Set<String> all = ids(full);
        Set<String> before = new HashSet<>();
        Set<String> checked = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            before.addAll(ids(List.of(full.get(i))));
            Checkpoint checkpoint = full.get(i).next();
            if (checkpoint.isStart() || !checked.add(checkpoint.token())) {
                continue;
            }
            String where = "checkpoint " + describe(checkpoint) + " (after page " + (i + 1) + " of " + full.size()
                    + ")";
            List<PageRead<T>> resumed = runFrom(checkpoint, newContext(), "the run resumed from " + where);
            List<String> resumedIds = resumed.stream().flatMap(p -> p.items().stream()).map(this::idOf)
                    .toList();
            Set<String> after = new LinkedHashSet<>(resumedIds);
            Set<String> holes = minus(minus(all, before), after);
            if (!holes.isEmpty()) {
                problems.add("resuming from " + where + " never emits " + show(holes));
            }
            Set<String> unknown = minus(after, all);
            if (!unknown.isEmpty()) {
                problems.add("resuming from " + where + " emits ids the full run did not: " + show(unknown));
            }
            if (ordered) {
                Set<String> again = new TreeSet<>(after);
                again.retainAll(before);
                if (!again.isEmpty()) {
                    problems.add("resuming from " + where + " emits again " + show(again)
                            + ", already emitted up to it");
                }
                if (after.size() != resumedIds.size()) {
                    problems.add("resuming from " + where + " emits some ids twice in the same run");
                }
            }
        }
        failIfAny("resuming is not exact" + (ordered ? "" : " (the source is not ordered: only holes count)"),
                problems);
    }

    /**
     * When the context's HTTP client throws {@link RateLimitedException} on the first request, the source lets that
     * very exception out of {@code fetch} (the core reschedules the run on it), and a later run from the last
     * checkpoint returned before it emits everything the full run does. Skipped for a source that sends no request.
     */
    @Test
    public void aRateLimitPropagatesUnchangedAndALaterRunFromTheSameCheckpointYieldsEverything() {
        RateLimitOnFirstRequest limited = new RateLimitOnFirstRequest(newContext());
        List<T> emitted = new ArrayList<>();
        Checkpoint last = Checkpoint.START;
        RuntimeException thrown = null;
        PagedSession<T> session = open(limited);
        try {
            for (int pages = 1; ; pages++) {
                Page<T> page = session.fetch(last);
                assertNotNull(page, "fetch(" + describe(last) + ") returned null");
                emitted.addAll(page.items());
                last = page.next();
                if (!page.hasMore() || pages >= maxPages()) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            thrown = e;
        } finally {
            closeQuietly(session);
        }
        if (limited.requests() == 0) {
            if (thrown != null) {
                fail("the run failed without sending an HTTP request: " + thrown, thrown);
            }
            assumeTrue(false, "the source sent no HTTP request, so there is no rate limit for it to honour");
        }
        if (thrown == null) {
            fail("the HTTP client threw RateLimitedException on the first request, but the run ended normally with "
                    + emitted.size() + " items: the source swallowed the rate limit instead of letting it out");
        }
        if (thrown != limited.exception()) {
            fail("the HTTP client threw RateLimitedException on the first request, but fetch threw " + thrown
                    + ": let the client's RateLimitedException out unchanged, so the core can reschedule the run",
                    thrown);
        }
        Set<String> all = ids(runFrom(Checkpoint.START, newContext(), "the full run"));
        Set<String> later = ids(runFrom(last, newContext(), "the run after the rate limit, from " + describe(last)));
        Set<String> union = new HashSet<>(later);
        emitted.forEach(item -> union.add(idOf(item)));
        List<String> problems = new ArrayList<>();
        Set<String> holes = minus(all, union);
        if (!holes.isEmpty()) {
            problems.add("the run after the rate limit, from " + describe(last) + ", never emits " + show(holes));
        }
        Set<String> unknown = minus(union, all);
        if (!unknown.isEmpty()) {
            problems.add("the runs around the rate limit emit ids the full run did not: " + show(unknown));
        }
        failIfAny("the source does not recover from a rate limit", problems);
    }

    /** One page of a run: where it was read from, what it held and where the next one starts. */
    private record PageRead<T>(Checkpoint from, List<T> items, Checkpoint next) {
    }

    /** Runs the source as the core does, from {@code from} until it says there is no more. */
    private List<PageRead<T>> runFrom(Checkpoint from, SourceContext context, String run) {
        List<PageRead<T>> pages = new ArrayList<>();
        PagedSession<T> session = open(context);
        assertNotNull(session, "open() returned null");
        try {
            Checkpoint checkpoint = from;
            while (true) {
                Page<T> page;
                try {
                    page = session.fetch(checkpoint);
                } catch (RuntimeException e) {
                    return fail(run + ": fetch(" + describe(checkpoint) + ") threw " + e, e);
                }
                assertNotNull(page, run + ": fetch(" + describe(checkpoint) + ") returned null");
                pages.add(new PageRead(checkpoint, page.items(), page.next()));
                if (!page.hasMore()) {
                    return pages;
                }
                if (pages.size() >= maxPages()) {
                    return fail(run + " still has more after " + pages.size()
                            + " pages: does hasMore ever become false? (raise maxPages() for a larger data set)");
                }
                checkpoint = page.next();
            }
        } finally {
            closeQuietly(session);
        }
    }

    static void closeQuietly(PagedSession<?> session) {
        try {
            session.close();
        } catch (RuntimeException e) {
            fail("close() threw " + e + "; it must release what it holds without throwing", e);
        }
    }

    private Set<String> ids(List<PageRead<T>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(this::idOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static String show(Set<String> ids) {
        String shown = ids.stream().limit(MAX_IDS_SHOWN).collect(Collectors.joining(", ", "[", ""));
        return ids.size() + (ids.size() == 1 ? " id " : " ids ") + shown
                + (ids.size() > MAX_IDS_SHOWN ? ", ...]" : "]");
    }

    private static String describe(Checkpoint checkpoint) {
        return checkpoint.isStart() ? "START" : "'" + shorten(checkpoint.token()) + "'";
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }

    private static void failIfAny(String summary, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(summary + ":\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * A context whose HTTP client throws {@link RateLimitedException} on the first request and passes later ones to
     * the supplied context's client.
     */
    private static final class RateLimitOnFirstRequest implements SourceContext, SourceHttpClient {
        private final SourceContext delegate;
        private final RateLimitedException exception;
        private final AtomicInteger requests = new AtomicInteger();

        RateLimitOnFirstRequest(SourceContext delegate) {
            this.delegate = delegate;
            this.exception = new RateLimitedException("rate limited by the test kit's contract check",
                    delegate.clock().instant().plus(Duration.ofHours(1)));
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
            if (requests.getAndIncrement() == 0) {
                throw exception;
            }
            return delegate.http().send(request);
        }

        int requests() {
            return requests.get();
        }

        RateLimitedException exception() {
            return exception;
        }
    }
}
