package org.partnersplatform.plugins.githubsponsors;

import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.finance.PaymentRecord;
import org.pf4j.Extension;

/**
 * The sponsorships a GitHub user or organization receives through GitHub Sponsors, as monthly and one-time payments
 * ({@link SponsorshipPayments}), read by sync runs ({@link GitHubSponsorsSession}). Stateless.
 */
@Extension
public final class GitHubSponsorsSource implements FinanceSource {

    /** The plugin's and the source's id. */
    public static final String ID = "org.partnersplatform.githubsponsors";

    private static final FinanceSourceDescriptor DESCRIPTOR = new FinanceSourceDescriptor(ID, "GitHub Sponsors",
            "Sponsorships of a GitHub user or organization: a payment per month of a monthly sponsorship, and each "
                    + "one-time sponsorship.",
            GitHubSponsorsSourceConfig.SCHEMA);

    @Override
    public FinanceSourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Checks the login and the page size; never calls GitHub. */
    @Override
    public void validate(SourceConfig config) {
        GitHubSponsorsSourceConfig.validate(config);
    }

    @Override
    public PagedSession<PaymentRecord> open(SourceConfig config, SourceContext context) {
        return new GitHubSponsorsSession(GitHubSponsorsSourceConfig.of(config), context);
    }
}
