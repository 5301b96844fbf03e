package org.sentigrid.desktop.workers;

import org.sentigrid.launch.RemoteWorker;

/** A machine this window started a worker on: its open SSH connection (no password is kept), for Stop and its log. */
public record RemoteMachine(String name, RemoteWorker connection) {
    @Override
    public String toString() {
        return name;
    }
}
