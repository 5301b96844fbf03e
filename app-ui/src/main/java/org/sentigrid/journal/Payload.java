package org.sentigrid.journal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds and reads a record's payload: big-endian numbers, and strings and byte arrays with their length first. */
public final class Payload {
    private Payload() {
    }

    /** Writes a payload; nothing it does can fail, as it writes to memory. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes;
        private final DataOutputStream out;

        public Writer(int type) {
            this(type, 256);
        }

        /** A writer whose payload is expected to take about {@code capacity} bytes (it grows beyond). */
        public Writer(int type, int capacity) {
            bytes = new ByteArrayOutputStream(capacity);
            out = new DataOutputStream(bytes);
            putByte(type);
        }

        public Writer putByte(int value) {
            return write(() -> out.writeByte(value));
        }

        public Writer putBoolean(boolean value) {
            return write(() -> out.writeBoolean(value));
        }

        public Writer putInt(int value) {
            return write(() -> out.writeInt(value));
        }

        public Writer putLong(long value) {
            return write(() -> out.writeLong(value));
        }

        public Writer putDouble(double value) {
            return write(() -> out.writeDouble(value));
        }

        /** A string that may be null. */
        public Writer putString(String value) {
            return putBytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        /** An array that may be null. */
        public Writer putBytes(byte[] value) {
            return write(() -> {
                out.writeInt(value == null ? -1 : value.length);
                if (value != null) {
                    out.write(value);
                }
            });
        }

        public Writer putInts(int[] values) {
            return write(() -> {
                out.writeInt(values.length);
                for (int value : values) {
                    out.writeInt(value);
                }
            });
        }

        public byte[] bytes() {
            return bytes.toByteArray();
        }

        private Writer write(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
            }
            return this;
        }
    }

    /** Reads a payload; a payload shorter than what is read from it is reported as an {@link IOException}. */
    public static final class Reader {
        private final DataInputStream in;
        private final int type;

        public Reader(byte[] payload) throws IOException {
            this.in = new DataInputStream(new ByteArrayInputStream(payload));
            this.type = in.readUnsignedByte();
        }

        public int type() {
            return type;
        }


        public boolean getBoolean() throws IOException {
            return in.readBoolean();
        }

        public int getInt() throws IOException {
            return in.readInt();
        }

        public long getLong() throws IOException {
            return in.readLong();
        }

        public double getDouble() throws IOException {
            return in.readDouble();
        }

        public String getString() throws IOException {
            byte[] bytes = getBytes();
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        public byte[] getBytes() throws IOException {
            int length = in.readInt();
            if (length < -1 || length > in.available()) {
                throw new IOException("a damaged record: a length of " + length);
            }
            return length == -1 ? null : in.readNBytes(length);
        }

        public int[] getInts() throws IOException {
            int length = in.readInt();
            if (length < 0 || length > in.available() / 4) {
                throw new IOException("a damaged record: " + length + " numbers");
            }
            int[] values = new int[length];
            for (int i = 0; i < length; i++) {
                values[i] = in.readInt();
            }
            return values;
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
