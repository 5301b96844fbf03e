package org.sentigrid.serve;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;

/**
 * What every connection of one {@link SentimentServer} shares.
 *
 * @param settings how it serves, and its limits
 * @param work     where requests wait for their turn to be scored
 * @param alarms   the timer that ends writes a client does not read
 * @param closing  true once the server is closing
 */
record Served(ServerSettings settings, WorkQueue work, ScheduledExecutorService alarms, BooleanSupplier closing) {
}
