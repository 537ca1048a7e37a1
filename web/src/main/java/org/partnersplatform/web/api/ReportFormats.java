package org.partnersplatform.web.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.partnersplatform.core.InvalidRequestException;

/**
 * Answers a report in the format asked with {@code format=}: JSON when none is given, {@code markdown} as
 * {@code text/markdown}, {@code csv} as {@code text/csv}, both UTF-8; any other format is a 400.
 */
final class ReportFormats {

    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String CSV = "text/csv; charset=utf-8";

    private ReportFormats() {
    }

    static <T> MutableHttpResponse<?> respond(T report, String format, Function<T, String> markdown,
                                              Function<T, String> csv, String filename) {
        String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "", "json" -> HttpResponse.ok(report);
            case "markdown" -> HttpResponse.ok(markdown.apply(report)).contentType(MARKDOWN);
            case "csv" -> HttpResponse.ok(csv.apply(report)).contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"");
            default -> throw new InvalidRequestException("the format \"" + format + "\" is not known",
                    Map.of("format", "is json, markdown or csv"));
        };
    }
}
