package org.partnersplatform.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Names and habits for the demo community, drawn from a seeded random source. */
final class DemoPeople {

    private static final String[] FIRST = {"Ada", "Ben", "Chloé", "Dev", "Elif", "Femi", "Grace", "Hugo", "Ines",
        "Jonas", "Kenji", "Lina", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Uma",
        "Victor", "Wen", "Ximena", "Yusuf", "Zoe", "Alex", "Bruno", "Carmen", "Dmitri", "Eva", "Farah"};
    private static final String[] LAST = {"Okafor", "Schmidt", "Nguyen", "García", "Rossi", "Kowalski", "Dubois",
        "Patel", "Silva", "Jansen", "Tanaka", "Müller", "Haddad", "Novak", "Larsen", "Mensah", "Ivanova", "Costa",
        "Lindqvist", "Yilmaz", "Moreau", "Chen", "Fischer", "Popescu"};
    private static final String[] ORG_PREFIX = {"Acme", "Bluefin", "Cobalt", "Driftwood", "Evergreen", "Foxglove",
        "Granite", "Harbor", "Indigo", "Juniper", "Kestrel", "Lumen", "Meridian", "Northwind", "Orchid", "Pinecone",
        "Quarry", "Riverbend", "Saffron", "Tidewater", "Umber", "Vantage", "Willow", "Zephyr"};
    private static final String[] ORG_SUFFIX = {"Digital", "Labs", "Marketing", "Systems", "Agency", "Works",
        "Solutions", "Group"};
    private static final String[] COUNTRIES = {"USA", "DEU", "FRA", "GBR", "IND", "BRA", "NLD", "ESP", "ITA", "POL",
        "VNM", "CAN", "AUS", "JPN", "NGA", "ZAF"};
    private static final String[] FREE_MAIL = {"gmail.com", "outlook.com", "users.noreply.github.com",
        "proton.me"};
    private static final String[] WORK = {"Fix", "Add", "Improve", "Refactor", "Document", "Test", "Speed up",
        "Translate"};
    private static final String[] AREA = {"segment filters", "email builder", "contact import", "campaign editor",
        "webhook retries", "API pagination", "form validation", "report export", "plugin loader", "translations"};

    private DemoPeople() {
    }

    static List<String> organizationNames(Random random, int count) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(ORG_PREFIX[random.nextInt(ORG_PREFIX.length)] + " "
                    + ORG_SUFFIX[random.nextInt(ORG_SUFFIX.length)]);
        }
        return new ArrayList<>(names);
    }

    static String country(Random random) {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    static String commitTitle(Random random) {
        return WORK[random.nextInt(WORK.length)] + " " + AREA[random.nextInt(AREA.length)];
    }

    /**
     * People, 70% employed by an organization (more engaged organizations employ more contributors) and 30%
     * independent with personal mail.
     */
    static List<DemoPerson> generate(Random random, List<DemoOrganization> organizations, int count) {
        List<DemoPerson> people = new ArrayList<>();
        Set<String> emails = new LinkedHashSet<>();
        while (people.size() < count) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String local = ascii(first) + "." + ascii(last);
            String domain;
            double engagement;
            boolean atWork = random.nextDouble() < 0.7;
            if (atWork) {
                DemoOrganization organization = pick(random, organizations);
                domain = organization.domain();
                engagement = organization.engagement();
            } else {
                domain = FREE_MAIL[random.nextInt(FREE_MAIL.length)];
                engagement = 0.3;
            }
            String email = local + "@" + domain;
            if (!emails.add(email)) {
                continue;
            }
            double rate = Math.exp(random.nextGaussian() * 0.9) * 2.0 * (0.5 + engagement);
            int firstMonth = random.nextDouble() < 0.6 ? 0 : random.nextInt(17);
            int lastMonth = random.nextDouble() < 0.8 ? 17 : firstMonth + random.nextInt(18 - firstMonth);
            String personal = atWork && Math.floorMod(email.hashCode(), 8) == 0
                    ? local.replace(".", "") + "@gmail.com"
                    : null;
            people.add(new DemoPerson(first + " " + last, email, rate, firstMonth, lastMonth,
                    0.02 + 0.08 * random.nextDouble(), personal));
        }
        return people;
    }

    private static DemoOrganization pick(Random random, List<DemoOrganization> organizations) {
        double total = organizations.stream().mapToDouble(DemoOrganization::engagement).sum();
        double target = random.nextDouble() * total;
        for (DemoOrganization organization : organizations) {
            target -= organization.engagement();
            if (target <= 0) {
                return organization;
            }
        }
        return organizations.get(organizations.size() - 1);
    }

    /** The name without accents, lower-cased: {@code "Chloé"} becomes {@code "chloe"}. */
    static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
