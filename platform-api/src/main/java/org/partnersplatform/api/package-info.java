/**
 * The plugin SPI of the Partners Platform: what a source or notifier plugin compiles against.
 *
 * <p>This package holds what every kind of plugin shares: the paging contract ({@link
 * org.partnersplatform.api.PagedSession}, {@link org.partnersplatform.api.Page}, {@link
 * org.partnersplatform.api.Checkpoint}), the context a plugin receives and the typed errors. Contribution sources live
 * in {@code .source}, finance sources in {@code .finance}, notifiers in {@code .notify}, the declared configuration in
 * {@code .config} and the core-owned HTTP client in {@code .http}. Nothing here depends on the core, a database or a
 * web framework.
 */
package org.partnersplatform.api;
