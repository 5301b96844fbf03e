package org.sentigrid.grid;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.sentigrid.api.grid.BufferedSocket;
import java.rmi.server.RMIServerSocketFactory;

/**
 * Server sockets bound to one address (loopback unless the user opens LAN access), not to all
 * interfaces as RMI does by default, accepting {@link BufferedSocket}s. A record, so equal factories share one port: the registry and
 * the coordinator listen on the same single port.
 */
record BoundServerSocketFactory(InetAddress address) implements RMIServerSocketFactory {
    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new ServerSocket() {
            @Override
            public Socket accept() throws IOException {
                Socket accepted = new BufferedSocket();
                implAccept(accepted);
                return accepted;
            }
        };
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port), 128);
        return socket;
    }
}
