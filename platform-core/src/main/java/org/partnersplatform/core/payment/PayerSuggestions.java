package org.partnersplatform.core.payment;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.organization.OrganizationAlias;
import org.partnersplatform.core.organization.OrganizationAliasRepository;

/**
 * Suggests organizations for unmatched payers whose name equals an organization's name or alias, compared as
 * {@link PayerNames} says. A name that fits several organizations suggests none; nothing is applied.
 */
@Singleton
public class PayerSuggestions {

    private final PayerRepository payers;
    private final OrganizationRepository organizations;
    private final OrganizationAliasRepository aliases;

    PayerSuggestions(PayerRepository payers, OrganizationRepository organizations,
                     OrganizationAliasRepository aliases) {
        this.payers = payers;
        this.organizations = organizations;
        this.aliases = aliases;
    }

    /** A suggestion for each unmatched payer (not an individual) whose name designates one organization. */
    @ReadOnly
    public List<PayerSuggestion> suggestions() {
        Map<Long, Organization> live = new HashMap<>();
        for (Organization organization : organizations.findByMergedIntoIdIsNullOrderByName()) {
            if (organization.status() != OrganizationStatus.DISMISSED) {
                live.put(organization.id(), organization);
            }
        }
        Map<String, Set<Long>> byName = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        live.values().forEach(o -> add(byName, spelling, o.name(), o.id(), "its name"));
        for (OrganizationAlias alias : aliases.findAll()) {
            if (live.containsKey(alias.organizationId())) {
                add(byName, spelling, alias.alias(), alias.organizationId(), "its alias");
            }
        }
        List<PayerSuggestion> suggestions = new ArrayList<>();
        for (Payer payer : payers.findByOrganizationIdIsNullAndIndividualFalseOrderById()) {
            if (payer.matchedBy() != null || payer.name() == null) {
                continue;
            }
            String key = PayerNames.comparable(payer.name());
            Set<Long> candidates = byName.getOrDefault(key, Set.of());
            if (key.isEmpty() || candidates.size() != 1) {
                continue;
            }
            Organization organization = live.get(candidates.iterator().next());
            suggestions.add(new PayerSuggestion(payer.id(), payer.name(), organization.slug(), organization.name(),
                    "the payer's name \"" + payer.name() + "\" matches "
                            + spelling.get(key + "#" + organization.id())));
        }
        return suggestions;
    }

    private static void add(Map<String, Set<Long>> byName, Map<String, String> spelling, String name, long id,
                            String what) {
        String key = PayerNames.comparable(name);
        if (!key.isEmpty()) {
            byName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
            spelling.putIfAbsent(key + "#" + id, what + " \"" + name + "\"");
        }
    }
}
