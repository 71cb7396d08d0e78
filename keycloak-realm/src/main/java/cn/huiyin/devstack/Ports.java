package cn.huiyin.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback port helpers: the machine is shared, so never assume a fixed port is free. */
final class Ports {

    private Ports() {
    }

    /** A port the OS considers free right now on 127.0.0.1 (small race until it is bound again). */
    static int free() {
        try (ServerSocket s = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    /**
     * True if 127.0.0.1:port can be bound now. Checked before starting a server so that a busy
     * port fails fast with our message, and so that a readiness probe cannot end up talking to
     * somebody else's server that already listens there.
     */
    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            // like PostgreSQL and Vert.x do: a just-stopped server's TIME_WAIT sockets don't count
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code requested} if free, a random free port if 0, else an exception naming the port. */
    static int choose(int requested, String what, String howToChange) {
        if (requested == 0) {
            return free();
        }
        if (requested < 0 || requested > 65535) {
            throw new IllegalArgumentException(what + " port " + requested + " is not a valid port");
        }
        if (!isFree(requested)) {
            throw new PortInUseException(what + " port " + requested
                    + " is already in use on localhost (another server, maybe a colleague's). "
                    + "Choose another one with " + howToChange + ", or 0 for any free port.", requested);
        }
        return requested;
    }

}
