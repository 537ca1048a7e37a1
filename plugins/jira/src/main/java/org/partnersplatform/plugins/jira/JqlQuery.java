package org.partnersplatform.plugins.jira;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the JQL of one incremental search: the administrator's filter in parentheses, the configured projects,
 * issue types and done statuses as quoted lists, the high-water clause, and the order the checkpoint relies on. Every
 * configured value is quoted and escaped, so a project key or status name cannot change the query's structure.
 */
final class JqlQuery {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final JiraSourceConfig config;

    JqlQuery(JiraSourceConfig config) {
        this.config = config;
    }

    /**
     * The field the search is ordered and bounded by: {@code resolved} for resolved issues, {@code updated} when done
     * statuses are counted (reaching a status sets no resolution date, but it does update the issue).
     */
    String orderField() {
        return config.countsDoneStatuses() ? "updated" : "resolved";
    }

    /**
     * The JQL for issues whose {@link #orderField()} is at or after the minute of {@code since}, or every issue when
     * {@code since} is {@code null}, oldest first and by key within the same time.
     */
    String build(Instant since) {
        List<String> clauses = new ArrayList<>();
        String filter = config.jql().orElse(config.countsDoneStatuses() ? null : JiraSourceConfig.DEFAULT_JQL);
        if (filter != null) {
            clauses.add("(" + filter + ")");
        }
        if (!config.projects().isEmpty()) {
            clauses.add("project IN " + quotedList(config.projects()));
        }
        if (!config.issueTypes().isEmpty()) {
            clauses.add("issuetype IN " + quotedList(config.issueTypes()));
        }
        if (config.countsDoneStatuses()) {
            clauses.add("status IN " + quotedList(config.doneStatuses()));
        }
        if (since != null) {
            clauses.add(orderField() + " >= " + quote(MINUTE.format(since.atZone(config.timeZone()))));
        }
        return String.join(" AND ", clauses) + " ORDER BY " + orderField() + " ASC, key ASC";
    }

    /** A JQL string literal: double quotes, with backslashes and double quotes escaped. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String quotedList(List<String> values) {
        return values.stream().map(JqlQuery::quote).collect(Collectors.joining(", ", "(", ")"));
    }
}
