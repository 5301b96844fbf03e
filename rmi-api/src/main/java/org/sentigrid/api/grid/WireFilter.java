package org.sentigrid.api.grid;

import java.io.ObjectInputFilter;

/**
 * The one allow-list of classes that may be deserialized from the grid, with bounds on depth, array
 * length, references and bytes. Anything else is rejected before it is instantiated.
 */
public final class WireFilter {
    /** Bounds that a legitimate call stays far inside; a batch's packed arrays are the largest things. */
    private static final String LIMITS = "maxdepth=12;maxrefs=20000;maxarray=" + (4 * Wire.MAX_BATCH_UNITS)
            + ";maxbytes=" + (4L * Wire.MAX_BATCH_CHARS);

    /** The wire types, and the JDK types their fields use. */
    private static final String WIRE_TYPES = String.join(";",
            "org.sentigrid.api.grid.WorkerCredentials",
            "org.sentigrid.api.grid.JoinRequest",
            "org.sentigrid.api.grid.JoinReply",
            "org.sentigrid.api.grid.JobSettings",
            "org.sentigrid.api.grid.Batch",
            "org.sentigrid.api.grid.BatchResult",
            "org.sentigrid.api.EngineMode",
            "java.lang.Enum",
            "java.lang.String");

    /**
     * What the RMI runtime itself sends a caller: stubs (a proxy over a remote reference that carries
     * our socket factory), remote exceptions and their causes, and DGC leases.
     */
    private static final String RMI_RUNTIME = String.join(";",
            "org.sentigrid.api.grid.CoordinatorService",
            "org.sentigrid.api.grid.GridRefusal",
            "org.sentigrid.api.grid.TimeoutClientSocketFactory",
            "java.lang.reflect.Proxy",
            "jdk.proxy*",
            "com.sun.proxy.*",
            "java.rmi.server.RemoteObjectInvocationHandler",
            "java.rmi.server.RemoteObject",
            "java.rmi.server.UID",
            "java.rmi.dgc.Lease",
            "java.rmi.dgc.VMID",
            "java.rmi.*",
            "java.lang.Throwable",
            "java.lang.Exception",
            "java.lang.RuntimeException",
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.NullPointerException",
            "java.lang.ReflectiveOperationException",
            "java.lang.ClassNotFoundException",
            "java.io.IOException",
            "java.io.EOFException",
            "java.io.ObjectStreamException",
            "java.io.InvalidClassException",
            "java.io.InvalidObjectException",
            "java.net.SocketException",
            "java.net.ConnectException",
            "java.net.SocketTimeoutException",
            "java.net.UnknownHostException",
            "java.net.NoRouteToHostException",
            "java.lang.StackTraceElement",
            "java.util.Collections$EmptyList",
            "java.util.Collections$UnmodifiableList",
            "java.util.Collections$UnmodifiableRandomAccessList",
            "java.util.Collections$UnmodifiableCollection",
            "java.util.ArrayList");

    private static final ObjectInputFilter EXPORTS = ObjectInputFilter.Config.createFilter(
            LIMITS + ";" + WIRE_TYPES + ";!*");
    private static final ObjectInputFilter CALLERS = ObjectInputFilter.Config.createFilter(
            LIMITS + ";" + WIRE_TYPES + ";" + RMI_RUNTIME + ";!*");

    private WireFilter() {
    }

    /** For every object the coordinator exports: what callers may send it. */
    public static ObjectInputFilter forExports() {
        return EXPORTS;
    }

    /** Process-wide, for what a caller receives back (return values, exceptions, stubs). */
    public static ObjectInputFilter forCallers() {
        return CALLERS;
    }

    /**
     * Installs {@link #forCallers()} as the process-wide filter, once, at start-up. Returns false when
     * another filter was already installed (then that one stays: Java allows only one).
     */
    public static synchronized boolean installProcessWide() {
        if (ObjectInputFilter.Config.getSerialFilter() == CALLERS) {
            return true;
        }
        try {
            ObjectInputFilter.Config.setSerialFilter(CALLERS);
            return true;
        } catch (IllegalStateException alreadySet) {
            return false;
        }
    }
}
