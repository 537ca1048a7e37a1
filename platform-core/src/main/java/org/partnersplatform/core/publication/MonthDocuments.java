package org.partnersplatform.core.publication;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;

/** Writes and reads the JSON documents a revision stores. */
@Singleton
class MonthDocuments {

    private final JsonMapper json;

    MonthDocuments(JsonMapper json) {
        this.json = json;
    }

    String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a published month's document", e);
        }
    }

    MonthContent content(PublishedMonth stored) {
        return read(stored.content(), MonthContent.class, stored);
    }

    MonthChanges changes(PublishedMonth stored) {
        return read(stored.changes(), MonthChanges.class, stored);
    }

    MonthRevision revision(PublishedMonth stored) {
        return new MonthRevision(YearMonth.parse(stored.month()), stored.revision(), stored.publishedAt(),
                stored.publishedBy(), stored.reason(), content(stored), changes(stored));
    }

    private <T> T read(String text, Class<T> type, PublishedMonth stored) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("revision " + stored.revision() + " of " + stored.month()
                    + " cannot be read", e);
        }
    }
}
