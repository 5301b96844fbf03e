package org.sentigrid.grid;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sentigrid.api.grid.discovery.Announcement;
import org.sentigrid.worker.WorkerMain;

/**
 * Announces a coordinator open to the LAN, every two seconds, by UDP multicast on the network of the
 * address it listens on only (a machine with several networks announces on the one the user chose), with
 * a time-to-live of 1: it never leaves that network. Only when the user asks (off by default).
 */
public final class Announcer implements AutoCloseable {
    private static final long EVERY_SECONDS = 2;

    private final MulticastSocket socket;
    private final ScheduledExecutorService timer;

    private Announcer(MulticastSocket socket, ScheduledExecutorService timer) {
        this.socket = socket;
        this.timer = timer;
    }

    /**
     * Starts announcing {@code server} (this machine's name, the address and port it listens on, its
     * certificate's fingerprint; never the token) on the network of its address. Only for a server open
     * to the LAN.
     */
    public static Announcer start(GridServer server) throws IOException {
        InetAddress listen = server.settings().listenAddress();
        if (server.fingerprint().isEmpty()) {
            throw new IOException("announcing needs LAN access on");
        }
        return start(new Announcement(machineName(), listen.getHostAddress(), server.port(), server.fingerprint().get()), listen);
    }

    /** Starts announcing {@code announcement} on the network of {@code listen} (an address of this machine). */
    private static Announcer start(Announcement announcement, InetAddress listen) throws IOException {
        NetworkInterface network = NetworkInterface.getByInetAddress(listen);
        if (network == null) {
            throw new IOException(listen.getHostAddress() + " is not an address of this machine");
        }
        MulticastSocket socket = new MulticastSocket(new InetSocketAddress(listen, 0));
        try {
            socket.setNetworkInterface(network);
            socket.setTimeToLive(1);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        byte[] bytes = announcement.encode();
        DatagramPacket packet = new DatagramPacket(bytes, bytes.length,
                new InetSocketAddress(InetAddress.getByName(Announcement.GROUP), Announcement.PORT));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sentigrid-announcer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                socket.send(packet);
            } catch (IOException e) {
                // The network went away for a moment: the next announcement tries again.
            }
        }, 0, EVERY_SECONDS, TimeUnit.SECONDS);
        return new Announcer(socket, timer);
    }

    /** This machine's name as workers call it, as announcements carry it (at most 64 characters). */
    public static String machineName() {
        String name = WorkerMain.hostName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        socket.close();
    }
}
