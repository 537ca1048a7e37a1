package org.partnersplatform.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How payer names compare with organization names. */
class PayerNamesTest {

    @Test
    void caseAccentsPunctuationAndCompanySuffixesDoNotMatter() {
        assertEquals("acme software", PayerNames.comparable("ACME Software, Inc."));
        assertEquals("acme software", PayerNames.comparable("Acme Software Ltd."));
        assertEquals("societe generale", PayerNames.comparable("Société Générale S.A."));
        assertEquals("muller", PayerNames.comparable("Müller GmbH & Co. KG"));
        assertEquals("globex", PayerNames.comparable("Globex Corporation"));
    }

    @Test
    void aNameThatIsOnlyASuffixComparesToNothing() {
        assertEquals("", PayerNames.comparable("Inc."));
        assertEquals("", PayerNames.comparable("  "));
    }
}
