package org.sentigrid.worker;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sentigrid.api.grid.discovery.Announcement;

/**
 * Listens for coordinators announcing themselves on every network this machine is on (UDP multicast; see
 * {@link Announcement}) for a few seconds. What is heard is only a hint: anyone on the LAN can announce
 * any name. The worker still joins over TLS pinned to the announced certificate and proves the token
 * without sending it, so a machine that announced another's name learns nothing and is not joined.
 */
final class Discovery {
    private Discovery() {
    }

    /**
     * After hearing the wanted name, how much longer to listen for another coordinator announcing the same
     * name with another certificate (coordinators announce every two seconds).
     */
    static final long CONFIRM_MILLIS = 2_500;

    /**
     * The coordinators heard within {@code millis}, each once, in the order first heard; stops early, once
     * {@code wanted} was heard and {@link #CONFIRM_MILLIS} more passed.
     */
    static List<Announcement> listen(long millis, String wanted) throws IOException {
        InetAddress group = InetAddress.getByName(Announcement.GROUP);
        Map<String, Announcement> heard = new LinkedHashMap<>();
        try (MulticastSocket socket = new MulticastSocket(null)) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(Announcement.PORT));
            int joined = 0;
            for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
                if (network.isUp() && network.supportsMulticast() && !network.isLoopback()) {
                    try {
                        socket.joinGroup(new InetSocketAddress(group, 0), network);
                        joined++;
                    } catch (IOException e) {
                        // A network that cannot take the group (no IPv4, say): the others still listen.
                    }
                }
            }
            if (joined == 0) {
                throw new IOException("this machine is on no network that can hear announcements");
            }
            byte[] buffer = new byte[Announcement.MAX_BYTES + 1];
            long deadline = System.currentTimeMillis() + millis;
            for (long left = millis; left > 0; left = deadline - System.currentTimeMillis()) {
                socket.setSoTimeout((int) Math.max(1, left));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    break;
                }
                Announcement announcement = Announcement.decode(packet.getData(), packet.getLength());
                if (announcement != null) {
                    heard.putIfAbsent(announcement.name() + " " + announcement.joinAddress() + " "
                            + announcement.fingerprint().text(), announcement);
                    if (announcement.name().equals(wanted)) {
                        deadline = Math.min(deadline, System.currentTimeMillis() + CONFIRM_MILLIS);
                    }
                }
            }
        }
        return new ArrayList<>(heard.values());
    }
}
