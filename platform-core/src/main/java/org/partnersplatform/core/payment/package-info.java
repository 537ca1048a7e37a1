/**
 * Payments to the project and who made them: finance-source runs, CSV imports and manual entries stored by (origin,
 * payment key); payers matched to organizations; amounts converted to US dollars with the rate's source recorded.
 */
package org.partnersplatform.core.payment;
