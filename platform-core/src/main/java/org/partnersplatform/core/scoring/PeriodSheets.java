package org.partnersplatform.core.scoring;

/**
 * The score sheets a ranking needs: its period's, and the previous period's for the changes of rank and score.
 *
 * @param period the sheet of the period ranked
 * @param previous the sheet of the period before it
 */
public record PeriodSheets(ScoreSheet period, ScoreSheet previous) {
}
