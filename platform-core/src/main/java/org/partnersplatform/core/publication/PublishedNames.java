package org.partnersplatform.core.publication;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.report.ReportArchive;

/**
 * The one change a published revision accepts: when a person is erased, their name is replaced wherever a revision
 * names them (their rows and the changes that mention them) and in the reports stored with the revisions. Ranks, scores
 * and everything else stay as published.
 */
@Singleton
public class PublishedNames {

    private final JdbcOperations jdbc;
    private final MonthDocuments documents;
    private final ReportArchive reports;

    PublishedNames(JdbcOperations jdbc, MonthDocuments documents, ReportArchive reports) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.reports = reports;
    }

    /**
     * Renames rows in every revision that has them.
     *
     * @param namesBySlug the new name of each row, by its slug ({@code member-<id>})
     * @return how many revisions were rewritten (their boards or changes; their stored reports are renamed too)
     */
    @Transactional
    public int replace(Map<String, String> namesBySlug) {
        reports.rename(namesBySlug);
        int rewritten = 0;
        for (PublishedMonth stored : naming(namesBySlug.keySet())) {
            MonthContent content = documents.content(stored);
            MonthChanges changes = documents.changes(stored);
            MonthContent newContent = renamed(content, namesBySlug);
            MonthChanges newChanges = renamed(changes, namesBySlug);
            if (!newContent.equals(content) || !newChanges.equals(changes)) {
                jdbc.prepareStatement("UPDATE published_month SET content = ?, changes = ? WHERE id = ?",
                        statement -> {
                            statement.setString(1, documents.write(newContent));
                            statement.setString(2, documents.write(newChanges));
                            statement.setLong(3, stored.id());
                            return statement.executeUpdate();
                        });
                rewritten++;
            }
        }
        return rewritten;
    }

    private List<PublishedMonth> naming(Iterable<String> slugs) {
        Map<Long, PublishedMonth> found = new LinkedHashMap<>();
        for (String slug : slugs) {
            String pattern = "%\"" + slug + "\"%";
            jdbc.prepareStatement("SELECT id, calendar_month, revision, published_at, published_by, reason, content,"
                    + " changes FROM published_month WHERE content LIKE ? OR changes LIKE ?", statement -> {
                        statement.setString(1, pattern);
                        statement.setString(2, pattern);
                        try (ResultSet row = statement.executeQuery()) {
                            while (row.next()) {
                                found.put(row.getLong(1), new PublishedMonth(row.getLong(1), row.getString(2),
                                        row.getInt(3), row.getTimestamp(4).toInstant(), row.getString(5),
                                        row.getString(6), row.getString(7), row.getString(8)));
                            }
                        }
                        return null;
                    });
        }
        return new ArrayList<>(found.values());
    }

    private static MonthContent renamed(MonthContent content, Map<String, String> names) {
        Map<String, List<PublishedEntry>> boards = new LinkedHashMap<>();
        content.boards().forEach((key, entries) -> boards.put(key, entries.stream()
                .map(e -> rename(e, names)).toList()));
        return new MonthContent(content.format(), content.month(), boards, content.ruleVersion());
    }

    private static MonthChanges renamed(MonthChanges changes, Map<String, String> names) {
        return new MonthChanges(changes.format(), changes.boards().stream().map(b -> new BoardChanges(b.board(),
                b.added().stream().map(e -> rename(e, names)).toList(),
                b.removed().stream().map(e -> rename(e, names)).toList(),
                b.moved().stream().map(m -> new BoardChanges.Move(m.slug(), name(m.slug(), m.name(), names),
                        m.rankBefore(), m.rankAfter())).toList(),
                b.rescored().stream().map(r -> new BoardChanges.Rescore(r.slug(), name(r.slug(), r.name(), names),
                        r.scoreBefore(), r.scoreAfter(), r.contributionsBefore(), r.contributionsAfter())).toList(),
                b.renamed().stream().map(r -> new BoardChanges.Rename(r.slug(),
                        name(r.slug(), r.nameBefore(), names), name(r.slug(), r.nameAfter(), names))).toList()))
                .toList());
    }

    private static PublishedEntry rename(PublishedEntry entry, Map<String, String> names) {
        return entry.named(name(entry.slug(), entry.name(), names));
    }

    private static String name(String slug, String current, Map<String, String> names) {
        String replacement = names.get(slug);
        return replacement == null ? current : replacement;
    }
}
