package org.partnersplatform.core.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.people.SuggestionFinder.Candidate;
import org.partnersplatform.core.people.SuggestionFinder.Found;

/** Which members the finder pairs, why and how sure, from their identities alone. */
class SuggestionFinderTest {

    private static final String GIT = "org.partnersplatform.git";
    private static final String GITHUB = "org.partnersplatform.github";
    private static final String DISCOURSE = "org.partnersplatform.discourse";

    @Test
    void theSameUsernameOnDifferentSourcesIsSuggestedAtEightyPercent() {
        List<Found> found = SuggestionFinder.find(List.of(
                new Candidate(1, GITHUB, "Ada-L", "Ada-L", null, "https://github.com/Ada-L"),
                new Candidate(2, DISCOURSE, "ada-l", "Ada", null, null)));
        assertEquals(List.of(new Found(1, 2, "same username on different sources", new BigDecimal("0.80"))), found);
    }

    @Test
    void theSameUsernameOnOneSourceOrAShortOneSuggestsNothing() {
        assertEquals(List.of(), SuggestionFinder.find(List.of(
                new Candidate(1, DISCOURSE, "ada-l", null, null, null),
                new Candidate(2, DISCOURSE, "ada-l", null, null, null),
                new Candidate(3, GITHUB, "jo", null, null, null),
                new Candidate(4, DISCOURSE, "jo", null, null, null))));
    }

    @Test
    void namesMatchWithoutAccentsCaseOrPunctuationButOnlyWithTwoWords() {
        List<Found> found = SuggestionFinder.find(List.of(
                new Candidate(7, GIT, null, "José García", "jose@acme.example", null),
                new Candidate(3, GIT, null, "jose  garcia.", "pepe@home.example", null),
                new Candidate(4, GIT, null, "Madonna", "m@one.example", null),
                new Candidate(5, GIT, null, "madonna", "m@two.example", null)));
        assertEquals(List.of(new Found(3, 7, "same full name", new BigDecimal("0.70"))), found);
    }

    @Test
    void theSameLocalPartOnDifferentDomainsIsSimilarIgnoringDotsAndTags() {
        List<Found> found = SuggestionFinder.find(List.of(
                new Candidate(1, GIT, null, "A", "maria.lopez@acme.example", null),
                new Candidate(2, GIT, null, "B", "marialopez+oss@gmail.com", null),
                new Candidate(3, GIT, null, "C", "info@acme.example", null),
                new Candidate(4, GIT, null, "D", "info@globex.example", null),
                new Candidate(5, GIT, null, "E", "bob@acme.example", null),
                new Candidate(6, GIT, null, "F", "bob@globex.example", null)));
        assertEquals(List.of(new Found(1, 2, "similar emails", new BigDecimal("0.60"))), found,
                "a generic mailbox (info) and a local part under four characters (bob) say nothing");
    }

    @Test
    void gitHubNoReplyFormsAndTheProfilePageAreOneAccount() {
        List<Found> found = SuggestionFinder.find(List.of(
                new Candidate(1, GIT, null, "x", "12345+OctoCat@users.noreply.github.com", null),
                new Candidate(2, GIT, null, "y", "octocat@users.noreply.github.com", null),
                new Candidate(3, GITHUB, null, "z", null, "https://github.com/octocat")));
        assertEquals(List.of(
                new Found(1, 2, "same GitHub account", new BigDecimal("0.90")),
                new Found(1, 3, "same GitHub account", new BigDecimal("0.90")),
                new Found(2, 3, "same GitHub account", new BigDecimal("0.90"))), found);
    }

    @Test
    void onePairCarriesEveryReasonAndTheHighestConfidence() {
        List<Found> found = SuggestionFinder.find(List.of(
                new Candidate(2, GITHUB, "wanda", "Wanda Maximoff", null, null),
                new Candidate(1, DISCOURSE, "wanda", "Wanda Maximoff", "wanda@avengers.example", null),
                new Candidate(1, GIT, null, "W", "wanda@avengers.example", null),
                new Candidate(2, GIT, null, "W", "wanda@hydra.example", null)));
        assertEquals(List.of(new Found(1, 2,
                "same username on different sources; same full name; similar emails", new BigDecimal("0.80"))), found);
    }

    @Test
    void aKeySharedByTooManyMembersSaysNothing() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 1; i <= SuggestionFinder.MAX_GROUP + 1; i++) {
            many.add(new Candidate(i, GIT, null, "John Smith", "john" + i + "@x" + i + ".example", null));
        }
        assertEquals(List.of(), SuggestionFinder.find(many));
        assertEquals(45, SuggestionFinder.find(many.subList(0, SuggestionFinder.MAX_GROUP)).size());
    }

    @Test
    void twentyThousandMembersAreSearchedQuickly() {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            people.add(new Candidate(i, GIT, null, "Person " + i + " Number", "person" + i + "@work.example", null));
            people.add(new Candidate(i, GITHUB, "login" + i, "login" + i, null, "https://github.com/login" + i));
        }
        people.add(new Candidate(20_000, DISCOURSE, "login17", "Login", null, null));
        List<Found> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SuggestionFinder.find(people));
        assertEquals(List.of(new Found(17, 20_000, "same username on different sources", new BigDecimal("0.80"))),
                found);
    }
}
