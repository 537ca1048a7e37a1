package org.partnersplatform.core.ingest;

/**
 * Published when a sync run has ended and its status is stored, outside any transaction of the run. A listener that
 * fails is logged and does not change the run.
 *
 * @param installationId the installation that ran
 * @param runId the run
 * @param status how it ended
 * @param changed how many activities it created or updated
 */
public record RunFinished(long installationId, long runId, RunStatus status, int changed) {
}
