package org.partnersplatform.core.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes reports as Markdown to paste into a chat or forum post: headings, numbered lists, ▲/▼ and +/− for changes,
 * no HTML. Characters Markdown would read as formatting are escaped in names and notes, so a name cannot add markup.
 */
public final class MarkdownReport {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");

    private MarkdownReport() {
    }

    /** A monthly, quarterly or annual report. */
    public static String of(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title(report)).append("\n\n");
        if (report.partial()) {
            out.append("_Partial: ").append(report.period())
                    .append(" is not over yet, so these figures will still change._\n\n");
        }
        if (report.publication() != null) {
            out.append("_Published revision ").append(report.publication().revision()).append(" of ")
                    .append(report.publication().publishedOn()).append("._\n\n");
        }
        for (ReportNote note : report.notes()) {
            String prefix = report.type().equals("monthly") ? "" : "**" + monthName(note.month()) + ":** ";
            for (String line : (prefix + escape(note.text())).split("\\R")) {
                out.append("> ").append(line).append('\n');
            }
            out.append('\n');
        }
        List<RankedSection> sections = report.sections();
        out.append("## Organizations\n\n");
        sections.stream().filter(s -> s.key().startsWith("organizations")).forEach(s -> section(out, s));
        out.append("## Individuals\n\n");
        sections.stream().filter(s -> s.key().startsWith("individuals")).forEach(s -> section(out, s));
        people(out, "New contributors", report.newContributors());
        people(out, "New members", report.newMembers());
        return out.toString().stripTrailing() + "\n";
    }

    /** One organization's quarterly report. */
    public static String of(OrganizationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(report.name())).append(", ").append(report.quarter()).append("\n\n");
        if (report.partial()) {
            out.append("_Partial: ").append(report.quarter())
                    .append(" is not over yet, so these figures will still change._\n\n");
        }
        out.append("- Top contributing: ").append(standing(report.contributing())).append('\n');
        out.append("- Most active: ").append(standing(report.active())).append("\n\n");
        out.append("## Contributors\n\n");
        if (report.contributors().isEmpty()) {
            out.append("None.\n");
        }
        int position = 1;
        for (RankedEntry person : report.contributors()) {
            out.append(position++).append(". **").append(escape(person.name())).append("**: ")
                    .append(person.score().toPlainString()).append(" (").append(person.contributions())
                    .append(" contributions, ").append(person.conversations()).append(" conversations)\n");
        }
        out.append("\n## Month by month\n\n");
        for (TrendMonth month : report.trend()) {
            out.append("- ").append(monthName(month.month())).append(": contributing ")
                    .append(month.contributionScore().toPlainString()).append(", active ")
                    .append(month.activityScore().toPlainString()).append(" (").append(monthName(month.previousMonth()))
                    .append(": ").append(month.previousContributionScore().toPlainString()).append(", ")
                    .append(month.previousActivityScore().toPlainString()).append(")\n");
        }
        out.append('\n');
        people(out, "New contributors", report.newContributors());
        return out.toString().stripTrailing() + "\n";
    }

    private static String standing(RankedEntry row) {
        if (row == null) {
            return "not ranked";
        }
        return "rank " + row.rank() + ", score " + row.score().toPlainString() + " (" + change(row) + ")";
    }

    private static void section(StringBuilder out, RankedSection section) {
        out.append("### ").append(section.title()).append("\n\n");
        if (section.entries().isEmpty()) {
            out.append("None.\n");
        }
        for (RankedEntry entry : section.entries()) {
            out.append(entry.rank()).append(". **").append(escape(entry.name())).append("**: ")
                    .append(entry.score().toPlainString()).append(" (").append(change(entry)).append(")\n");
        }
        out.append('\n');
    }

    private static String change(RankedEntry entry) {
        return entry.rankChange() == null ? "new"
                : Changes.rank(entry.rankChange()) + ", " + Changes.score(entry.scoreChange());
    }

    private static void people(StringBuilder out, String heading, List<Newcomer> people) {
        out.append("## ").append(heading).append(" (").append(people.size()).append(")\n\n");
        if (people.isEmpty()) {
            out.append("None.\n");
        }
        for (Newcomer person : people) {
            out.append("- ").append(escape(person.name()));
            if (person.organization() != null) {
                out.append(" (").append(escape(person.organization())).append(')');
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static String title(Report report) {
        return switch (report.type()) {
            case "monthly" -> "Shout-out: " + monthName(report.period());
            case "quarterly" -> "Quarterly report: " + report.period();
            default -> "Annual report: " + report.period();
        };
    }

    private static String monthName(String month) {
        YearMonth parsed = YearMonth.parse(month);
        return parsed.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + parsed.getYear();
    }

    static String escape(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
