package org.partnersplatform.web.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.report.Changes;
import org.partnersplatform.core.report.Newcomer;
import org.partnersplatform.core.report.RankedEntry;

/** How report pages show a ranked row and a list of new people; shared by the public and the admin report pages. */
public final class ReportRows {

    private ReportRows() {
    }

    /** A ranked row with its changes as a person reads them (▲2, new, +3.5). */
    public static Map<String, Object> row(RankedEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", e.rank());
        row.put("name", e.name());
        row.put("score", e.score().toPlainString());
        row.put("contributions", e.contributions());
        row.put("conversations", e.conversations());
        row.put("rankChange", Changes.rank(e.rankChange()));
        row.put("rankDirection", e.rankChange() == null ? "new"
                : e.rankChange() > 0 ? "up" : e.rankChange() < 0 ? "down" : "same");
        row.put("scoreChange", Changes.score(e.scoreChange()));
        return row;
    }

    /** New contributors or members: name, organization, first day. */
    public static List<Map<String, Object>> people(List<Newcomer> people) {
        return people.stream().map(p -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", p.name());
            person.put("organization", p.organization());
            person.put("firstOn", p.firstOn().toString());
            return person;
        }).toList();
    }
}
