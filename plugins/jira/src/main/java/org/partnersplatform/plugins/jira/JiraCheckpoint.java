package org.partnersplatform.plugins.jira;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;

/**
 * Where a Jira sync stands. JQL compares dates to the minute, so the high-water mark is a minute: every issue whose
 * ordering time is before it has been read, and of the issues in that minute exactly those listed have been read.
 * Resuming searches from that minute again and skips the listed keys, so nothing is read twice and nothing in the
 * minute is missed, whatever was added meanwhile.
 *
 * <p>When a bulk change puts so many issues in one minute that their keys no longer fit in a token, the list is
 * replaced by the exact time and key of the last issue read: issues of that minute up to it, in Jira's order (time,
 * then key), count as read. That form is exact too, except for an issue Jira indexes late with an earlier time.
 *
 * <p>Token forms: empty (from the beginning), {@code 2024-03-01T10:15:00Z|MAUT-1,MAUT-2}, or {@code
 * 2024-03-01T10:15:00Z|>2024-03-01T10:15:42.123Z MAUT-2}.
 */
record JiraCheckpoint(Instant minute, Set<String> keys, Instant lastTime, String lastKey) {

    /** The position before any issue. */
    static final JiraCheckpoint START = new JiraCheckpoint(null, Set.of(), null, null);

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");

    /** Jira's order within a minute: time, then project key, then issue number. */
    static final Comparator<Read> ORDER = Comparator.comparing(Read::time)
            .thenComparing(read -> project(read.key()))
            .thenComparingLong(read -> number(read.key()));

    /** An issue that was read: its key and its ordering time. */
    record Read(String key, Instant time) {
    }

    JiraCheckpoint {
        keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    /** Whether nothing has been read yet. */
    boolean isStart() {
        return minute == null;
    }

    /** Whether an issue with this key and ordering time was read before this position. */
    boolean covers(String key, Instant time) {
        if (minute == null) {
            return false;
        }
        Instant issueMinute = time.truncatedTo(ChronoUnit.MINUTES);
        if (issueMinute.isBefore(minute)) {
            return true;
        }
        if (issueMinute.isAfter(minute)) {
            return false;
        }
        if (lastTime != null) {
            return ORDER.compare(new Read(key, time), new Read(lastKey, lastTime)) <= 0;
        }
        return keys.contains(key);
    }

    /** The position after also reading {@code read}, which comes after this position. */
    JiraCheckpoint after(Read read) {
        Instant readMinute = read.time().truncatedTo(ChronoUnit.MINUTES);
        if (minute == null || readMinute.isAfter(minute)) {
            return new JiraCheckpoint(readMinute, Set.of(read.key()), null, null);
        }
        if (lastTime != null) {
            return new JiraCheckpoint(minute, Set.of(), read.time(), read.key());
        }
        Set<String> more = new LinkedHashSet<>(keys);
        more.add(read.key());
        JiraCheckpoint listed = new JiraCheckpoint(minute, more, null, null);
        return listed.token().length() <= Checkpoint.MAX_LENGTH ? listed
                : new JiraCheckpoint(minute, Set.of(), read.time(), read.key());
    }

    /** The token for the core to store. */
    String token() {
        if (minute == null) {
            return "";
        }
        if (lastTime != null) {
            return minute + "|>" + lastTime + " " + lastKey;
        }
        return minute + "|" + String.join(",", keys);
    }

    Checkpoint toCheckpoint() {
        return Checkpoint.of(token());
    }

    /**
     * Reads a token this class wrote.
     *
     * @throws MalformedDataException when the token is not one
     */
    static JiraCheckpoint parse(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return START;
        }
        String token = checkpoint.token();
        int bar = token.indexOf('|');
        try {
            if (bar < 0) {
                throw malformed(token);
            }
            Instant minute = Instant.parse(token.substring(0, bar));
            String rest = token.substring(bar + 1);
            if (rest.startsWith(">")) {
                String[] parts = rest.substring(1).split(" ");
                if (parts.length != 2 || !KEY.matcher(parts[1]).matches()) {
                    throw malformed(token);
                }
                return new JiraCheckpoint(minute, Set.of(), Instant.parse(parts[0]), parts[1]);
            }
            List<String> keys = List.of(rest.split(","));
            if (!keys.stream().allMatch(key -> KEY.matcher(key).matches())) {
                throw malformed(token);
            }
            return new JiraCheckpoint(minute, new LinkedHashSet<>(keys), null, null);
        } catch (DateTimeParseException e) {
            throw new MalformedDataException("the Jira checkpoint has an unreadable time: " + token, e);
        }
    }

    private static MalformedDataException malformed(String token) {
        return new MalformedDataException("the Jira checkpoint is not one this plugin wrote: " + token);
    }

    private static String project(String key) {
        return key.substring(0, key.lastIndexOf('-'));
    }

    private static long number(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    }
}
