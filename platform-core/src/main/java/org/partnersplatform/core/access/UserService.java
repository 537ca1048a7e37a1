package org.partnersplatform.core.access;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The users who sign in to the admin area, created by administrators with one role each. */
@Singleton
public class UserService {

    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");

    private final AppUserRepository users;
    private final AccountService accounts;

    public UserService(AppUserRepository users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    /** Every user, by name. */
    @Transactional
    public List<UserView> list() {
        return StreamSupport.stream(users.findAll().spliterator(), false)
                .sorted(Comparator.comparing(AppUser::username)).map(UserView::of).toList();
    }

    /**
     * Creates a user.
     *
     * @throws InvalidRequestException naming each field that is wrong (never repeating the password)
     * @throws ConflictException       when the user name is taken
     */
    @Transactional
    public UserView create(UserCommand command, String createdBy) {
        Map<String, String> problems = new LinkedHashMap<>();
        String username = command.username() == null ? "" : command.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.put("username", "is 2 to 100 lowercase letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        }
        PasswordRules.problem(command.password(), username).ifPresent(problem -> problems.put("password", problem));
        Role role = null;
        try {
            role = command.role() == null ? null : Role.valueOf(command.role().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            role = null;
        }
        if (role == null) {
            problems.put("role", "is one of ADMIN, TEAM_LEAD, REVIEWER");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the user is not valid", problems);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("the user name \"" + username + "\" is taken");
        }
        AppUser user = accounts.createUser(username, command.password(), role);
        LOG.info("{} created the user \"{}\" with the role {}", createdBy, username, role);
        return UserView.of(user);
    }
}
