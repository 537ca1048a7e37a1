package org.partnersplatform.plugins.manual;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.api.source.PushSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.Extension;

/**
 * Credits that team leads give through the platform's API and admin form. It is only pushed to: each request carries
 * one credit from an authenticated platform user, never an anonymous one.
 */
@Extension
public class ManualSource implements PushSource {

    /** The source's id, the same as the plugin's. */
    public static final String ID = "org.partnersplatform.manual";

    /**
     * The latest calendar date anywhere on Earth is the date at UTC+14: a credit dated "today" by a team lead in any
     * time zone is accepted, and one dated later is refused as in the future.
     */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(CreditTypes.SETTING, ConfigType.LIST)
                    .label("Credit types")
                    .help("One credit type a line, as 'key | Label | weight', for example 'talk_given | Talk given | 5'; "
                            + "the key is snake_case and the weight zero or more.")
                    .defaultValue(CreditTypes.DEFAULT_LINES)
                    .build());

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(ID, "Manual credits",
            "Contributions no tool sees (a talk given, a sprint led, proofreading), credited by team leads.",
            new SourceCapabilities(true, true), CreditTypes.defaults(), SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<ActivityType> activityTypes(SourceConfig config) {
        return CreditTypes.parse(config.list(CreditTypes.SETTING));
    }

    @Override
    public void validate(SourceConfig config) {
        activityTypes(config);
    }

    @Override
    public List<ActivityRecord> receive(InboundRequest request, SourceConfig config, SourceContext context) {
        String principal = request.principal().filter(p -> !p.isBlank()).orElseThrow(() -> new RequestRejectedException(
                "manual credits are never anonymous: the request must come from a signed-in platform user"));
        Map<String, ActivityType> types = activityTypes(config).stream()
                .collect(Collectors.toMap(ActivityType::key, Function.identity()));
        LocalDate latestDate = LocalDate.ofInstant(context.clock().instant(), LATEST_ZONE);
        CreditRequest credit = CreditRequestParser.parse(request.bodyAsString(), types.keySet(), latestDate);
        ActivityRecord record = CreditRecords.toRecord(credit, types.get(credit.type()), principal);
        context.logger().info("credit {} of type {} for {} received from {}", record.itemId(), credit.type(),
                credit.date(), principal);
        return List.of(record);
    }
}
