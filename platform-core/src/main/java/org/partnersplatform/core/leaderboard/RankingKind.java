package org.partnersplatform.core.leaderboard;

import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;

/** Which activities a ranking counts: "top contributing" counts contributions, "most active" conversations too. */
public enum RankingKind {
    CONTRIBUTIONS,
    ACTIVITY;

    /** Reads {@code kind=contributions|activity}; none means contributions. */
    public static RankingKind parse(String text) {
        if (text == null || text.isBlank()) {
            return CONTRIBUTIONS;
        }
        for (RankingKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip())) {
                return kind;
            }
        }
        throw new InvalidRequestException("the kind is not valid", Map.of("kind", "is contributions or activity"));
    }

    /** The form {@link #parse} reads. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
