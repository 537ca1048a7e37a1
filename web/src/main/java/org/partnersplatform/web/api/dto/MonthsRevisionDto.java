package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.partnersplatform.core.publication.MonthChanges;
import org.partnersplatform.core.publication.MonthContent;
import org.partnersplatform.core.publication.MonthRevision;

/**
 * A revision of a published month: what it holds ({@code content}: {@code {"format": 1, "month", "boards":
 * {"organizations": [...], "individuals": [...]}}}), why it exists, and what moved against the revision before, as
 * data ({@code changes}) and as sentences ({@code changeSummary}).
 */
@Serdeable
public record MonthsRevisionDto(String month, int revision, Instant publishedAt, String publishedBy, String reason,
                                MonthContent content, MonthChanges changes, List<String> changeSummary) {

    public static MonthsRevisionDto of(MonthRevision revision) {
        return new MonthsRevisionDto(revision.month().toString(), revision.revision(), revision.publishedAt(),
                revision.publishedBy(), revision.reason(), revision.content(), revision.changes(),
                sentences(revision.changes()));
    }

    static List<String> sentences(MonthChanges changes) {
        return changes.boards().stream()
                .flatMap(b -> b.sentences().stream().map(s -> b.board() + ": " + s))
                .toList();
    }

    /** The same without the content, for the list of a month's revisions. */
    @Serdeable
    public record Change(int revision, Instant publishedAt, String publishedBy, String reason, MonthChanges changes,
                         List<String> changeSummary) {

        public static Change of(MonthRevision revision) {
            return new Change(revision.revision(), revision.publishedAt(), revision.publishedBy(), revision.reason(),
                    revision.changes(), sentences(revision.changes()));
        }
    }
}
