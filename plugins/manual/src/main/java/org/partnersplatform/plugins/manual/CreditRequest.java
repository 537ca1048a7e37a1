package org.partnersplatform.plugins.manual;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One credit as a team lead submitted it, already checked field by field by {@link CreditRequestParser}: every text is
 * stripped and within its limit, so mapping it cannot fail.
 *
 * @param type the key of a configured credit type
 * @param person who is credited
 * @param date the day the contribution happened, not in the future
 * @param reason why the credit is given, non-blank
 * @param url where people can see the contribution (http or https), if given
 * @param title a short description, if given
 */
record CreditRequest(String type, Person person, LocalDate date, String reason, Optional<String> url,
                     Optional<String> title) {

    /**
     * The credited person as the team lead names them; at least one of email and username is present.
     *
     * @param email the person's email, if given
     * @param username the person's handle (for example their GitHub login), if given
     * @param name the name people read, if given
     * @param profileUrl the person's page (http or https), if given
     */
    record Person(Optional<String> email, Optional<String> username, Optional<String> name,
                  Optional<String> profileUrl) {
    }
}
