package org.sentigrid.api.grid;

import java.io.ObjectInputFilter;

/**
 * The one allow-list of classes that may be deserialized from the grid, with bounds on depth, array
 * length, references and bytes. Anything else is rejected before it is instantiated.
 */
public final class WireFilter {
    /** The longest array of anything but bytes: a batch's packed scores, a region result's text ranges. */
    private static final int MAX_ARRAY = Math.max(4 * Wire.MAX_BATCH_UNITS, 2 * Wire.MAX_REGION_UNITS);
    /** The longest byte array: a region, or a chunk of a region result's records. */
    private static final int MAX_BYTE_ARRAY = Math.max(Wire.MAX_REGION_BYTES, Wire.RECORD_CHUNK_BYTES);

    /**
     * The most bytes one call or answer may take on the wire: a region result's every chunk, or a batch's
     * texts at the longest UTF-8 takes them, with room to spare. Connections enforce it as bytes arrive
     * ({@link org.sentigrid.api.grid.auth.GuardedSocket}), so it bounds strings too, which no filter sees.
     */
    public static final long MAX_MESSAGE_BYTES = (long) Wire.MAX_RECORD_CHUNKS * Wire.RECORD_CHUNK_BYTES
            + 4L * Wire.MAX_BATCH_CHARS;

    /** Bounds that a legitimate call stays far inside; arrays are bounded by type in {@link #withArrayLimits}. */
    private static final String LIMITS = "maxdepth=12;maxrefs=20000;maxarray=" + Math.max(MAX_ARRAY, MAX_BYTE_ARRAY)
            + ";maxbytes=" + MAX_MESSAGE_BYTES;

    /** The wire types, and the JDK types their fields use. */
    private static final String WIRE_TYPES = String.join(";",
            "org.sentigrid.api.grid.WorkerCredentials",
            "org.sentigrid.api.grid.JoinRequest",
            "org.sentigrid.api.grid.JoinReply",
            "org.sentigrid.api.grid.JobSettings",
            "org.sentigrid.api.grid.Batch",
            "org.sentigrid.api.grid.BatchResult",
            "org.sentigrid.api.grid.Region",
            "org.sentigrid.api.grid.RegionResult",
            "org.sentigrid.api.grid.PackedRegion",
            "org.sentigrid.api.grid.PackedRegionResult",
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
            "org.sentigrid.api.grid.auth.LoopbackClientSocketFactory",
            "org.sentigrid.api.grid.tls.TlsClientSocketFactory",
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

    private static final ObjectInputFilter EXPORTS = withArrayLimits(ObjectInputFilter.Config.createFilter(
            LIMITS + ";" + WIRE_TYPES + ";!*"));
    private static final ObjectInputFilter CALLERS = withArrayLimits(ObjectInputFilter.Config.createFilter(
            LIMITS + ";" + WIRE_TYPES + ";" + RMI_RUNTIME + ";!*"));

    private WireFilter() {
    }

    /**
     * Byte arrays may be far longer than other arrays (a region's records), so the length bound depends
     * on the type: checked before the array is allocated, then the patterns decide.
     */
    private static ObjectInputFilter withArrayLimits(ObjectInputFilter patterns) {
        return info -> {
            Class<?> type = info.serialClass();
            if (type != null && type.isArray()
                    && info.arrayLength() > (type == byte[].class ? MAX_BYTE_ARRAY : MAX_ARRAY)) {
                return ObjectInputFilter.Status.REJECTED;
            }
            return patterns.checkInput(info);
        };
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
