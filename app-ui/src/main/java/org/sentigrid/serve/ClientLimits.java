package org.sentigrid.serve;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * What the clients hold, per address and in all: connections, and bytes of requests read and not yet
 * answered. A connection or a reservation that would pass a limit of {@link ServerSettings} is refused,
 * so that neither one client nor one address can take the server's memory or its connections.
 */
final class ClientLimits {
    private final ServerSettings settings;
    private final Map<InetAddress, Held> byAddress = new HashMap<>();
    private long bytes;

    ClientLimits(ServerSettings settings) {
        this.settings = settings;
    }

    /**
     * Counts a new connection from {@code address}: its handle, or null (nothing counted) when that
     * address has its share of connections already.
     */
    synchronized Share connect(InetAddress address) {
        Held held = byAddress.computeIfAbsent(address, a -> new Held());
        if (held.connections >= settings.maxConnectionsPerAddress()) {
            return null;
        }
        held.connections++;
        return new Share(address, held);
    }

    /** Bytes held by all clients now. */
    synchronized long bytes() {
        return bytes;
    }

    /** Connections open now. */
    synchronized int connections() {
        return byAddress.values().stream().mapToInt(held -> held.connections).sum();
    }

    /**
     * One connection's share: the bytes it reserves count for its address and for all. Closing it gives
     * back what it still holds; after that, reservations fail and releases do nothing.
     */
    final class Share implements AutoCloseable {
        private final InetAddress address;
        private final Held shared;
        private long bytes;
        private boolean closed;

        private Share(InetAddress address, Held shared) {
            this.address = address;
            this.shared = shared;
        }

        InetAddress address() {
            return address;
        }

        /** Reserves {@code count} bytes; false (and nothing reserved) when that would pass a limit. */
        boolean reserve(long count) {
            synchronized (ClientLimits.this) {
                if (closed || ClientLimits.this.bytes + count > settings.maxBufferedBytes()
                        || shared.bytes + count > settings.maxBufferedBytesPerAddress()) {
                    return false;
                }
                ClientLimits.this.bytes += count;
                shared.bytes += count;
                bytes += count;
                return true;
            }
        }

        /** Gives back {@code count} of the bytes this connection reserved. */
        void release(long count) {
            synchronized (ClientLimits.this) {
                if (closed) {
                    return;
                }
                ClientLimits.this.bytes -= count;
                shared.bytes -= count;
                bytes -= count;
            }
        }

        /** Gives back every byte this connection holds. */
        void releaseAll() {
            synchronized (ClientLimits.this) {
                release(bytes);
            }
        }

        @Override
        public void close() {
            synchronized (ClientLimits.this) {
                if (closed) {
                    return;
                }
                releaseAll();
                closed = true;
                if (--shared.connections == 0) {
                    byAddress.remove(address);
                }
            }
        }
    }

    /** What the connections of one address hold together. */
    private static final class Held {
        int connections;
        long bytes;
    }
}
