package org.partnersplatform.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * A source over a fixed list of seven notes, read without HTTP; the index of the next note is its checkpoint. A
 * {@link Flaw} makes it break one rule of the contract, to prove that the contract checks can fail. Deliberately
 * not annotated {@code @Extension}: the jars the tests build list it themselves, and no index on the test class path
 * can stand in for a jar's missing one.
 */
public final class ListSource implements PullSource {

    /** One rule of the paging contract the source breaks. */
    enum Flaw {
        NONE,
        CHECKPOINT_SKIPS_AN_ITEM,
        UNDECLARED_TYPE,
        NEW_IDS_EVERY_RUN,
        SAME_ID_TWICE,
        REEMITS_LAST_ITEM_ON_RESUME
    }

    static final int SIZE = 7;
    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("pageSize", ConfigType.INTEGER).defaultValue("2").build());
    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor("org.example.list", "List",
            "Notes from a fixed list.", SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(ActivityType.of("note", "Note", ActivityKind.CONTRIBUTION, "1")), SCHEMA);

    private final Flaw flaw;

    /** The source without a flaw: what PF4J instantiates. */
    public ListSource() {
        this(Flaw.NONE);
    }

    ListSource(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        int pageSize = (int) config.integer("pageSize");
        String run = UUID.randomUUID().toString();
        return new PagedSession<>() {
            private String lastToken;
            private int lastEnd;

            @Override
            public Page<ActivityRecord> fetch(Checkpoint from) {
                int start = from.isStart() ? 0
                        : from.token().equals(lastToken) ? lastEnd : Integer.parseInt(from.token());
                int end = Math.min(start + pageSize, SIZE);
                List<ActivityRecord> items = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    items.add(note(i, run));
                }
                lastEnd = end;
                lastToken = Integer.toString(end + tokenOffset());
                return Page.of(items, Checkpoint.of(lastToken), end < SIZE);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * How far the token is off the position it stands for. The session itself continues from its own position, so
     * a wrong token shows only when another session resumes from it, as after a crash.
     */
    private int tokenOffset() {
        return switch (flaw) {
            case CHECKPOINT_SKIPS_AN_ITEM -> 1;
            case REEMITS_LAST_ITEM_ON_RESUME -> -1;
            default -> 0;
        };
    }

    private ActivityRecord note(int index, String run) {
        String id = switch (flaw) {
            case NEW_IDS_EVERY_RUN -> "note-" + index + "-" + run;
            case SAME_ID_TWICE -> index == 3 ? "note-2" : "note-" + index;
            default -> "note-" + index;
        };
        String type = flaw == Flaw.UNDECLARED_TYPE && index == 4 ? "comment" : "note";
        return new ActivityRecord(id, type, Instant.parse("2024-03-01T00:00:00Z").plusSeconds(86_400L * index),
                Actor.byEmail("Ada", "ada@example.org"), null, "note " + index, null, null);
    }
}
