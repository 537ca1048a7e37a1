package org.partnersplatform.web.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnersplatform.core.policy.AttributeRule;
import org.partnersplatform.core.policy.Condition;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.scoring.EffectiveType;
import org.partnersplatform.core.scoring.RuleSet;
import org.partnersplatform.core.scoring.RuleSets;
import org.partnersplatform.core.scoring.RuleVersion;
import org.partnersplatform.core.scoring.RuleVersions;
import org.partnersplatform.core.scoring.ValueOrigin;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The scoring rules in force: the policy's version and where it was read from, each type's weight, kind and cap with
 * where each value comes from, the attribute rules, and every rule version stored.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/scoring")
@Secured("ADMIN")
class ScoringAdminController {

    private static final Map<ValueOrigin, String> ORIGINS = Map.of(ValueOrigin.PLUGIN, "plugin",
            ValueOrigin.POLICY, "policy", ValueOrigin.POLICY_DEFAULT, "policy default",
            ValueOrigin.OVERRIDE, "administrator");
    private static final int SHORT_FINGERPRINT = 12;

    private final DeploymentPolicy policy;
    private final RuleSets ruleSets;
    private final RuleVersions versions;
    private final DeploymentTime time;
    private final PageRenderer pages;

    ScoringAdminController(DeploymentPolicy policy, RuleSets ruleSets, RuleVersions versions, DeploymentTime time,
                           PageRenderer pages) {
        this.policy = policy;
        this.ruleSets = ruleSets;
        this.versions = versions;
        this.time = time;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request) {
        RuleSet rules = ruleSets.current();
        RuleVersion current = versions.versionOf(rules);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Scoring rules");
        model.put("policyVersion", policy.policy().version());
        model.put("origin", policy.origin());
        model.put("current", current.label());
        model.put("defaultCap", policy.scoring().defaultCap());
        model.put("featured", policy.scoring().featured());
        model.put("types", rules.types().stream().map(ScoringAdminController::type).toList());
        model.put("rules", rules.rules().stream().map(ScoringAdminController::rule).toList());
        model.put("versions", versions.all().stream().map(v -> Map.of("label", v.label(),
                "fingerprint", v.fingerprint().substring(0, SHORT_FINGERPRINT),
                "created", time.dayOf(v.createdAt()).toString(), "current", v.id() == current.id())).toList());
        return pages.page("admin/scoring", model, request);
    }

    private static Map<String, Object> type(EffectiveType type) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", type.sourceId());
        row.put("key", type.typeKey());
        row.put("label", type.label());
        row.put("kind", type.kind().name().toLowerCase(Locale.ROOT));
        row.put("kindFrom", ORIGINS.get(type.kindFrom()));
        row.put("weight", type.weight().toPlainString());
        row.put("weightFrom", ORIGINS.get(type.weightFrom()));
        row.put("cap", type.cap());
        row.put("capFrom", ORIGINS.get(type.capFrom()));
        return row;
    }

    private static Map<String, Object> rule(AttributeRule rule) {
        return Map.of("id", rule.id(), "label", rule.label(), "source", rule.source(), "type", rule.type(),
                "weight", rule.weight().toPlainString(),
                "when", rule.when().stream().map(ScoringAdminController::condition)
                        .collect(Collectors.joining(" and ")));
    }

    private static String condition(Condition condition) {
        return condition.attribute() + " " + switch (condition.operator()) {
            case EQUALS -> "= " + condition.values().get(0);
            case ONE_OF -> "is one of " + String.join(", ", condition.values());
            case AT_MOST -> "≤ " + condition.bound().toPlainString();
            case AT_LEAST -> "≥ " + condition.bound().toPlainString();
        };
    }
}
