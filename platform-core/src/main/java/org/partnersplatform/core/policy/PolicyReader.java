package org.partnersplatform.core.policy;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a policy file (JSON) into a {@link Policy}, or refuses it with every problem found: unknown keys, wrong types,
 * values out of range. A section is read by its own method; adding a section is a component of {@link Policy}, a key
 * here and a method.
 */
@Singleton
public class PolicyReader {

    private static final int MAX_VERSION = 100;

    private final JsonMapper json;
    private final ScoringPolicyReader scoring;
    private final PartnershipPolicyReader partnership;

    public PolicyReader(JsonMapper json, ScoringPolicyReader scoring, PartnershipPolicyReader partnership) {
        this.json = json;
        this.scoring = scoring;
        this.partnership = partnership;
    }

    /**
     * The policy in {@code text}.
     *
     * @param origin where the text comes from (a path, or "built-in"), for messages
     * @throws InvalidPolicyException naming each key that is wrong and how
     */
    public Policy read(String text, String origin) {
        JsonNode root;
        try {
            root = json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new InvalidPolicyException(origin, List.of("the file is not JSON: " + firstLine(e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        Optional<PolicyObject> object = PolicyObject.of(root, "", problems);
        if (object.isEmpty()) {
            throw new InvalidPolicyException(origin, List.of("the file is a JSON object with version and scoring"));
        }
        PolicyObject policy = object.get();
        String version = policy.text("version", MAX_VERSION);
        ScoringPolicy scoringPolicy = policy.object("scoring").map(scoring::read).orElseGet(() -> {
            if (policy.absent("scoring")) {
                policy.problem("scoring", "is required");
            }
            return null;
        });
        PartnershipPolicy partnershipPolicy = policy.object("partnership").map(partnership::read)
                .orElse(PartnershipPolicyReader.MAUTIC);
        policy.refuseUnknownKeys();
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(origin, problems);
        }
        return new Policy(version, scoringPolicy, partnershipPolicy);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
