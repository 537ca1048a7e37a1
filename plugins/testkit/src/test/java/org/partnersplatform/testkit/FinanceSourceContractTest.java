package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;

/** The finance contract passes a correct source and fails, saying what is wrong, on sources that break it. */
class FinanceSourceContractTest {

    @Test
    void aCorrectSourcePassesAndItsHttpCheckIsSkippedAsItSendsNoRequest() {
        FinanceSourceContract contract = contractFor(ListFinanceSource.Flaw.NONE);

        contract.descriptorIsValidAndItsSchemaAcceptsTheConfig();
        contract.aFullRunEmitsValidItemsWithUniqueIds();
        contract.aSecondFullRunYieldsTheSameIds();
        contract.resumingFromEveryCheckpointYieldsTheSameItemsWithoutDuplicatesOrHoles();
        assertThrows(TestAbortedException.class, contract::aFailingHttpClientEndsFetchWithATypedException);
    }

    @Test
    void aPaymentRepeatedOnResumeIsCaught() {
        String message = failure(contractFor(ListFinanceSource.Flaw.REPEATS_LAST_PAYMENT_ON_RESUME)
                ::resumingFromEveryCheckpointYieldsTheSameItemsWithoutDuplicatesOrHoles);

        assertContains(message, "resuming from checkpoint '2' (after page 1 of 4) emits again 1 id [payment-1]");
    }

    @Test
    void aPaymentDatedAfterTheClockIsCaught() {
        String message = failure(contractFor(ListFinanceSource.Flaw.PAYMENT_AFTER_NOW)
                ::aFullRunEmitsValidItemsWithUniqueIds);

        assertContains(message, "payment payment-4 on page 3 is dated 2025-01-16T12:00:00Z, after the clock's "
                + "2025-01-15T12:00:00Z");
    }

    @Test
    void anAmountWithMoreDecimalsThanItsCurrencyIsCaught() {
        String message = failure(contractFor(ListFinanceSource.Flaw.THREE_DECIMALS_IN_EUROS)
                ::aFullRunEmitsValidItemsWithUniqueIds);

        assertContains(message, "payment payment-2 on page 2 has the amount 25.125 EUR, with more than 2 decimals");
    }

    private static FinanceSourceContract contractFor(ListFinanceSource.Flaw flaw) {
        return new FinanceSourceContract() {
            @Override
            protected FinanceSource source() {
                return new ListFinanceSource(flaw);
            }

            @Override
            protected SourceConfig config() {
                return ListFinanceSource.SCHEMA.validate(Map.of("pageSize", "2"));
            }

            @Override
            protected SourceContext newContext() {
                return TestSourceContext.create();
            }
        };
    }

    private static String failure(Executable check) {
        return assertThrows(AssertionFailedError.class, check).getMessage();
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), "expected\n  " + expected + "\nin\n  " + message);
    }
}
