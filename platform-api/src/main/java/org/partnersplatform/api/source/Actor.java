package org.partnersplatform.api.source;

/**
 * The person behind an activity, as the source knows them. At least one of {@code sourceUserId}, {@code username} and
 * {@code email} is present; the core links the actor to a member by ({@code source}, {@code sourceUserId}) and by a
 * shared email. An item whose author was deleted has no actor: reject it in the page instead.
 *
 * @param sourceUserId the source's stable id of the account (GitHub's numeric id); for a source without accounts
 *     (git) leave it {@code null} and give the email
 * @param username the login or handle
 * @param displayName the name people read
 * @param email the email, when the source shows it
 * @param profileUrl the account's page
 * @param bot whether the source says (or the plugin can tell) the account is a bot
 */
public record Actor(String sourceUserId, String username, String displayName, String email, String profileUrl,
                    boolean bot) {

    public Actor {
        if (isBlank(sourceUserId) && isBlank(username) && isBlank(email)) {
            throw new IllegalArgumentException("an actor has a source user id, a username or an email");
        }
    }

    /** A person known by name and email only, as in a git commit. */
    public static Actor byEmail(String displayName, String email) {
        return new Actor(null, null, displayName, email, null, false);
    }

    /** A person known by name and email only, with the source's hint that the account is a bot. */
    public static Actor byEmail(String displayName, String email, boolean bot) {
        return new Actor(null, null, displayName, email, null, bot);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
