package org.partnersplatform.plugins.notify.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The email notifier's settings, typed and checked: the schema the admin form is made from, and what the schema cannot
 * check (addresses, the port range, a username without a password). Holds the password, so it has no {@code
 * toString} of its own and is never logged.
 */
final class EmailSettings {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String SECURITY = "security";
    static final String USERNAME = "username";
    static final String PASSWORD = "password";
    static final String FROM = "from";
    static final String TO = "to";
    static final String SUBJECT_PREFIX = "subjectPrefix";

    static final int MAX_RECIPIENTS = 50;
    static final int MAX_SUBJECT_PREFIX = 50;

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(HOST, ConfigType.STRING)
                    .label("SMTP server")
                    .help("The host name of the SMTP server, without scheme or port, e.g. smtp.example.org.")
                    .required()
                    .build(),
            ConfigField.builder(PORT, ConfigType.INTEGER)
                    .label("Port")
                    .help("Leave empty for the usual port of the security chosen: 25 (none), 587 (starttls), "
                            + "465 (tls).")
                    .build(),
            ConfigField.builder(SECURITY, ConfigType.STRING)
                    .label("Security")
                    .help("none (plain SMTP, only for a relay on your own network), starttls (upgrade required) or "
                            + "tls (TLS from the start).")
                    .defaultValue(Security.STARTTLS.key())
                    .build(),
            ConfigField.builder(USERNAME, ConfigType.STRING)
                    .label("Username")
                    .help("The SMTP login, if the server requires one.")
                    .build(),
            ConfigField.builder(PASSWORD, ConfigType.STRING)
                    .label("Password")
                    .help("The password of that login (an app password where the provider offers them).")
                    .secret()
                    .build(),
            ConfigField.builder(FROM, ConfigType.STRING)
                    .label("From")
                    .help("The sender, e.g. Partners Platform <partners@example.org>; the server must accept it.")
                    .required()
                    .build(),
            ConfigField.builder(TO, ConfigType.STRING)
                    .label("To")
                    .help("The recipients, separated by commas, e.g. program-leads@example.org, ana@example.org.")
                    .required()
                    .build(),
            ConfigField.builder(SUBJECT_PREFIX, ConfigType.STRING)
                    .label("Subject prefix")
                    .help("Put before each alert's title in the subject, to filter on; [Partners] unless set.")
                    .defaultValue("[Partners]")
                    .build());

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");

    private final String host;
    private final int port;
    private final Security security;
    private final String username;
    private final String password;
    private final InternetAddress from;
    private final List<InternetAddress> to;
    private final String subjectPrefix;

    private EmailSettings(String host, int port, Security security, String username, String password,
                          InternetAddress from, List<InternetAddress> to, String subjectPrefix) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.password = password;
        this.from = from;
        this.to = List.copyOf(to);
        this.subjectPrefix = subjectPrefix;
    }

    /**
     * The settings of a configuration the schema accepted.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong, never echoing the password
     */
    static EmailSettings of(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        String host = config.string(HOST);
        if (!HOST_NAME.matcher(host).matches()) {
            problems.add(new ConfigProblem(HOST, "must be a host name such as smtp.example.org, without scheme, "
                    + "port or path"));
        }
        Optional<Security> security = Security.of(config.string(SECURITY));
        if (security.isEmpty()) {
            problems.add(new ConfigProblem(SECURITY, "must be none, starttls or tls"));
        }
        long port = config.optional(PORT).map(Long::parseLong)
                .orElse((long) security.orElse(Security.STARTTLS).defaultPort());
        if (port < 1 || port > 65_535) {
            problems.add(new ConfigProblem(PORT, "must be between 1 and 65535"));
        }
        Optional<String> username = config.optional(USERNAME);
        Optional<String> password = config.optional(PASSWORD);
        if (username.isPresent() && password.isEmpty()) {
            problems.add(new ConfigProblem(PASSWORD, "is required when a username is set"));
        }
        if (password.isPresent() && username.isEmpty()) {
            problems.add(new ConfigProblem(USERNAME, "is required when a password is set"));
        }
        InternetAddress from = parseFrom(config.string(FROM), problems);
        List<InternetAddress> to = parseTo(config.string(TO), problems);
        String subjectPrefix = config.string(SUBJECT_PREFIX);
        if (subjectPrefix.length() > MAX_SUBJECT_PREFIX) {
            problems.add(new ConfigProblem(SUBJECT_PREFIX, "must be at most " + MAX_SUBJECT_PREFIX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new EmailSettings(host, (int) port, security.orElseThrow(), username.orElse(null),
                password.orElse(null), from, to, subjectPrefix);
    }

    private static InternetAddress parseFrom(String value, List<ConfigProblem> problems) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            requireDomain(address);
            return address;
        } catch (AddressException e) {
            problems.add(new ConfigProblem(FROM, "is not one email address: " + e.getMessage()));
            return null;
        }
    }

    private static List<InternetAddress> parseTo(String value, List<ConfigProblem> problems) {
        try {
            List<InternetAddress> addresses = List.of(InternetAddress.parse(value, true));
            for (InternetAddress address : addresses) {
                requireDomain(address);
            }
            if (addresses.isEmpty() || addresses.size() > MAX_RECIPIENTS) {
                problems.add(new ConfigProblem(TO, "must name 1 to " + MAX_RECIPIENTS + " addresses"));
            }
            return addresses;
        } catch (AddressException e) {
            problems.add(new ConfigProblem(TO, "must be email addresses separated by commas: " + e.getMessage()));
            return List.of();
        }
    }

    private static void requireDomain(InternetAddress address) throws AddressException {
        String mailbox = address.getAddress();
        int at = mailbox.lastIndexOf('@');
        if (at < 1 || at == mailbox.length() - 1) {
            throw new AddressException("an address needs a local part and a domain", mailbox);
        }
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    Security security() {
        return security;
    }

    /** The login, when the server requires one. */
    Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The password of the login; present exactly when {@link #username()} is. */
    Optional<String> password() {
        return Optional.ofNullable(password);
    }

    InternetAddress from() {
        return from;
    }

    /** The domain of the sender's address, which names the platform's messages in their {@code Message-ID}. */
    String fromDomain() {
        String address = from.getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    List<InternetAddress> to() {
        return to;
    }

    /** The subject of a message with this title. */
    String subject(String title) {
        return subjectPrefix + " " + title;
    }
}
