package org.partnersplatform.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmark: prepares (or reuses) the generated community, starts the core on it, times every scenario of
 * the last generated month and prints the table. Settings come from the environment (see
 * {@link BenchmarkSettings#from}); docs/benchmarks.md says how to run it and read it.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.from(System.getenv());
        CommunityParameters community = settings.community();
        try (BenchmarkDatabase database = BenchmarkDatabase.open(settings)) {
            System.out.println(database.generated()
                    ? String.format(Locale.ROOT, "Generated %s in %.1f s", community.describe(),
                            database.generationMillis() / 1000.0)
                    : "Reused the community generated with " + community.describe());
            List<Timing.Result> results = new ArrayList<>();
            for (Scenario scenario : Scenarios.forMonth(database.context(), community.lastMonth())) {
                results.add(Timing.measure(scenario, settings.warmups(), settings.iterations()));
            }
            double floor = results.stream().filter(r -> r.scenario().name().equals(Scenarios.FLOOR))
                    .findFirst().orElseThrow().medianMillis();
            System.out.printf(Locale.ROOT, "%nMonth %s, %d warm-up and %d measured iterations per scenario, %d cores%n%n",
                    community.lastMonth(), settings.warmups(), settings.iterations(),
                    Runtime.getRuntime().availableProcessors());
            System.out.print(ResultTable.render(results, floor));
        }
    }
}
