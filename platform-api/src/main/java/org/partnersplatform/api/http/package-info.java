/**
 * The HTTP client the core hands plugins. {@link org.partnersplatform.api.http.SourceHttpClient} is the contract;
 * {@link org.partnersplatform.api.http.StandardSourceHttpClient} is the one implementation, kept here (JDK only) so
 * that plugin tests run against exactly the retry and rate-limit behaviour the host gives them in production.
 */
package org.partnersplatform.api.http;
