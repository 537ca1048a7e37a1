package org.partnersplatform.core.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.finance.BuiltInBigMacIndex;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.identity.Slugs;
import org.partnersplatform.core.ingest.PageStore;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;
import org.partnersplatform.core.people.MergeSuggestions;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds an empty database with a realistic, deterministic community so that every page has something to show: dozens
 * of organizations, hundreds of people (some independent), 18 months of commits and manual credits. The same seed
 * gives the same community; the months are the 18 before the current one. It goes through the ingestion path
 * ({@link PageStore}), so demo data is attributed exactly as synced data is.
 */
@Singleton
@Requires(property = "partners.demo.enabled", value = "true")
class DemoCommunity {

    static final String GIT = "org.partnersplatform.git";
    static final String MANUAL = "org.partnersplatform.manual";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommunity.class);
    private static final int MONTHS = 18;
    private static final int ORGANIZATIONS = 40;
    private static final int PEOPLE = 320;
    private static final int PAGE = 500;

    private final OrganizationRepository organizations;
    private final OrganizationDomainRepository domains;
    private final InstallationRepository installations;
    private final ActivityTypeRegistry activityTypes;
    private final PluginHost plugins;
    private final PageStore pages;
    private final MergeSuggestions suggestions;
    private final DemoPayments payments;
    private final DemoPartners partners;
    private final BuiltInBigMacIndex bigMacIndex;
    private final DeploymentTime time;
    private final Clock clock;

    DemoCommunity(OrganizationRepository organizations, OrganizationDomainRepository domains,
                  InstallationRepository installations, ActivityTypeRegistry activityTypes, PluginHost plugins,
                  PageStore pages, MergeSuggestions suggestions, DemoPayments payments, DemoPartners partners,
                  BuiltInBigMacIndex bigMacIndex, DeploymentTime time, Clock clock) {
        this.organizations = organizations;
        this.domains = domains;
        this.installations = installations;
        this.activityTypes = activityTypes;
        this.plugins = plugins;
        this.pages = pages;
        this.suggestions = suggestions;
        this.payments = payments;
        this.partners = partners;
        this.bigMacIndex = bigMacIndex;
        this.time = time;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (organizations.count() > 0 || installations.count() > 0) {
            LOG.info("Demo data not seeded: the database already has data");
            return;
        }
        Optional<ContributionSource> git = plugins.contributionSource(GIT);
        Optional<ContributionSource> manual = plugins.contributionSource(MANUAL);
        if (git.isEmpty() || manual.isEmpty()) {
            LOG.warn("Demo data not seeded: the git and manual plugins must be started (plugins directory {})",
                    plugins.directory());
            return;
        }
        bigMacIndex.ensureLoaded();
        long started = System.nanoTime();
        seed(git.get(), manual.get());
        LOG.info("Seeded the demo community in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seed(ContributionSource git, ContributionSource manual) {
        Random random = new Random(20_240_101L);
        List<DemoOrganization> orgs = createOrganizations(random);
        List<DemoPerson> people = DemoPeople.generate(random, orgs, PEOPLE);
        Installation gitInstallation = installation(GIT, "Demo: project repository (sample data)", false);
        Installation manualInstallation = installation(MANUAL, "Demo: team lead credits (sample data)", true);
        Map<String, RegisteredActivityType> gitTypes = activityTypes.register(GIT, git.descriptor().activityTypes());
        Map<String, RegisteredActivityType> manualTypes =
                activityTypes.register(MANUAL, manual.descriptor().activityTypes());
        List<String> creditTypes = manual.descriptor().activityTypes().stream().map(t -> t.key()).toList();

        YearMonth first = time.currentMonth().minusMonths(MONTHS);
        List<ActivityRecord> commits = new ArrayList<>();
        List<ActivityRecord> credits = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = first.plusMonths(m);
            Instant start = time.startOf(month);
            long span = time.startOf(month.plusMonths(1)).getEpochSecond() - start.getEpochSecond();
            for (DemoPerson person : people) {
                int count = person.commitsIn(m, random);
                for (int c = 0; c < count; c++) {
                    Instant at = start.plusSeconds((long) (random.nextDouble() * span));
                    String sha = sha1(person.email() + "|" + month + "|" + c);
                    commits.add(new ActivityRecord(sha, "commit", at, person.author(c),
                            null, DemoPeople.commitTitle(random), Map.of("repository", "demo/project"), null));
                }
                if (person.creditChance() > random.nextDouble()) {
                    String type = creditTypes.get(random.nextInt(creditTypes.size()));
                    Instant at = start.plusSeconds((long) (random.nextDouble() * span));
                    credits.add(new ActivityRecord("credit-" + sha1(person.email() + "|" + month + "|" + type), type,
                            at, Actor.byEmail(person.name(), person.email()), null,
                            "Credited for " + type.replace('_', ' '),
                            Map.of("credited_by", "demo-team-lead"), "Sample credit in the demo community"));
                }
            }
        }
        store(gitInstallation, gitTypes, commits);
        store(manualInstallation, manualTypes, credits);
        List<DemoOrganization> mostEngaged = orgs.stream()
                .sorted(Comparator.comparingDouble(DemoOrganization::engagement).reversed()).toList();
        payments.seed(mostEngaged);
        partners.seed(mostEngaged);
        LOG.info("Demo community: {} organizations, {} people, {} commits, {} credits over {} months", orgs.size(),
                people.size(), commits.size(), credits.size(), MONTHS);
        suggestions.refresh();
    }

    private List<DemoOrganization> createOrganizations(Random random) {
        List<DemoOrganization> result = new ArrayList<>();
        for (String name : DemoPeople.organizationNames(random, ORGANIZATIONS)) {
            String slug = Slugs.fromName(name);
            String domain = slug + ".example.net";
            Organization saved = organizations.save(Organization.create(slug, name, "https://" + domain,
                    DemoPeople.country(random), OrganizationStatus.CONFIRMED, false, clock.instant()));
            domains.save(new OrganizationDomain(null, saved.id(), domain));
            result.add(new DemoOrganization(saved.id(), name, domain, 0.2 + random.nextDouble() * random.nextDouble()));
        }
        return result;
    }

    private Installation installation(String sourceId, String name, boolean enabled) {
        Instant now = clock.instant();
        return installations.save(new Installation(null, sourceId, name, "{}", null, enabled, false, null, null, "",
                now, now));
    }

    private void store(Installation installation, Map<String, RegisteredActivityType> types,
                       List<ActivityRecord> records) {
        for (int i = 0; i < records.size(); i += PAGE) {
            pages.store(installation, types, records.subList(i, Math.min(records.size(), i + PAGE)), List.of(),
                    Optional.empty(), Optional.empty());
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
