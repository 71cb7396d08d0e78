package cn.huiyin.devstack;

/** A server could not start because the requested port is taken; the message says how to pick another. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(String message, int port) {
        super(message);
        this.port = port;
    }

    /** The busy port. */
    public int port() {
        return port;
    }
}
