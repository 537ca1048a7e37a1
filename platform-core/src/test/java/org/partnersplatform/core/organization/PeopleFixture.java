package org.partnersplatform.core.organization;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * People and activities for the organization and affiliation tests, made by real syncs of the scripted source, and
 * what became of them, read back with plain SQL. Record lines are {@code itemId;type;occurredAt;userId;name;email;bot};
 * item ids are unique across a test class.
 */
public final class PeopleFixture {

    public static final String SOURCE = "org.example.scripted";

    private final AtomicInteger runs = new AtomicInteger();
    private final InstallationService installations;
    private final SyncService syncs;
    private final Jdbc jdbc;

    public PeopleFixture(InstallationService installations, SyncService syncs, Jdbc jdbc) {
        this.installations = installations;
        this.syncs = syncs;
        this.jdbc = jdbc;
    }

    /** A fresh database and a plugins directory holding the scripted source. */
    public static Map<String, String> properties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        return CoreTestProperties.with(dir);
    }

    /** Syncs these records through a new installation. */
    public void sync(boolean createProvisional, String... lines) {
        ScriptedRecords.sync(installations, syncs, SOURCE, "run " + runs.incrementAndGet(), createProvisional,
                List.of(lines));
    }

    /** The member holding an email. */
    public long member(String email) {
        return Long.parseLong(jdbc.value("SELECT DISTINCT member_id FROM identity WHERE email = ?", email));
    }

    /** The slug of the organization an activity counts for, or "independent". */
    public String organizationOf(String itemId) {
        return jdbc.value("SELECT COALESCE(o.slug, 'independent') FROM activity a"
                + " LEFT JOIN organization o ON o.id = a.organization_id WHERE a.source_item_id = ?", itemId);
    }

    /** A member's affiliations as "ORIGIN slug from to" (open bounds as "-"), oldest first. */
    public List<String> affiliationsOf(long memberId) {
        return jdbc.column("SELECT af.origin || ' ' || o.slug || ' ' || COALESCE(CAST(af.valid_from AS VARCHAR), '-')"
                + " || ' ' || COALESCE(CAST(af.valid_to AS VARCHAR), '-') FROM affiliation af"
                + " JOIN organization o ON o.id = af.organization_id WHERE af.member_id = ?"
                + " ORDER BY af.valid_from NULLS FIRST, af.id", memberId);
    }
}
