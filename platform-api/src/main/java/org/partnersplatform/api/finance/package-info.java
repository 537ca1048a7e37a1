/**
 * The finance-source extension point: payments to the project (Open Collective, GitHub Sponsors, a CSV import),
 * read page by page with checkpoints exactly as contribution sources are.
 */
package org.partnersplatform.api.finance;
