package org.partnersplatform.core.policy;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The deployment's policy, read once when the application starts: the file {@code partners.policy.file} names, or the
 * built-in default (the Mautic program) without one. A file that is missing or invalid stops the start, with messages
 * naming each key that is wrong.
 */
@Context
public class DeploymentPolicy {

    /** The classpath resource of the built-in default policy. */
    public static final String BUILT_IN = "policy/default-policy.json";

    private final Policy policy;
    private final Optional<Path> file;

    public DeploymentPolicy(@Nullable @Value("${partners.policy.file:}") String file, PolicyReader reader) {
        this.file = file == null || file.isBlank() ? Optional.empty() : Optional.of(Path.of(file.strip()));
        this.policy = this.file.map(path -> reader.read(read(path), path.toString()))
                .orElseGet(() -> reader.read(builtIn(), "built-in"));
    }

    public Policy policy() {
        return policy;
    }

    public ScoringPolicy scoring() {
        return policy.scoring();
    }

    public PartnershipPolicy partnership() {
        return policy.partnership();
    }

    /** The file the policy was read from, or empty for the built-in default. */
    public Optional<Path> file() {
        return file;
    }

    /** The file's path, or {@code built-in}. */
    public String origin() {
        return file.map(Path::toString).orElse("built-in");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidPolicyException(path.toString(), List.of("the file cannot be read ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    private static String builtIn() {
        try (InputStream in = DeploymentPolicy.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in policy " + BUILT_IN + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
