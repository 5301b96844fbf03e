package org.sentigrid.launch;

/** Launching, stopping or reading a remote worker failed; the message is one plain sentence for the user. */
public class LaunchFailed extends Exception {
    private static final long serialVersionUID = 1L;

    public LaunchFailed(String message) {
        super(message);
    }
}
