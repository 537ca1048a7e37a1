package org.partnersplatform.core.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.partnersplatform.api.http.Sleeper;

/** How the core waits between retries; tests replace it to see the waits without spending them. */
@Factory
class SleeperFactory {

    @Singleton
    Sleeper sleeper() {
        return Sleeper.SYSTEM;
    }
}
