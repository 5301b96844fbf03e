package org.sentigrid.worker;

/**
 * What the command line decided.
 *
 * @param address        the coordinator's registry
 * @param token          the grid's join token
 * @param threads        batches scored at once
 * @param name           a name for people
 * @param host           this machine's host name, as it sees itself
 * @param exitWithParent exit as soon as standard input ends
 * @param giveUpMillis   how long to keep trying to reach a coordinator that went away
 */
record WorkerSettings(JoinAddress address, String token, int threads, String name, String host,
                      boolean exitWithParent, long giveUpMillis) {
    @Override
    public String toString() {
        return "WorkerSettings[address=" + address + ", threads=" + threads + ", name=" + name + ", host=" + host + "]";
    }
}
