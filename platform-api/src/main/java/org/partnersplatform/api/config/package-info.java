/**
 * Declared, typed configuration: a plugin describes its settings once ({@link
 * org.partnersplatform.api.config.ConfigSchema}); the core validates what an administrator enters against it,
 * generates the admin form from it, encrypts the secret ones and hands the plugin a typed {@link
 * org.partnersplatform.api.config.SourceConfig}.
 */
package org.partnersplatform.api.config;
