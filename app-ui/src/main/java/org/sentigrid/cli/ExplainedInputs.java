package org.sentigrid.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * Reads the inputs of {@code terms} and {@code kwic} as {@code analyze} reads them and explains every
 * unit, on a thread per core, handing each unit and its explanation on in input order. An input that
 * cannot be read is named on standard error and skipped.
 */
final class ExplainedInputs {
    private static final int CHUNK_UNITS = 256;

    /** Receives each unit with its explanation, in input order, on the calling thread. */
    interface Visitor {
        void unit(TextUnit unit, Explanation explanation);
    }

    private final InputOptions options;
    private final List<String> inputs;
    private final SentimentAnalyzer analyzer;
    private final PrintWriter err;

    /**
     * @param options how to read the inputs (with the columns to keep, if any)
     * @param inputs  as analyze takes them; none means standard input
     */
    ExplainedInputs(InputOptions options, List<String> inputs, SentimentAnalyzer analyzer, PrintWriter err) {
        this.options = options;
        this.inputs = inputs.isEmpty() ? List.of(Source.STDIN_NAME) : inputs;
        this.analyzer = analyzer;
        this.err = err;
    }

    /** Reads every input; returns how many could not be read. */
    int read(Visitor visitor) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sentigrid-explainer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Chunks chunks = new Chunks(pool, 2 * threads, visitor);
            int unreadable = 0;
            for (Source source : TextInput.expand(inputs, this::warn)) {
                try {
                    TextInput.read(source, options, chunks);
                } catch (InputProblem problem) {
                    err.println("sentigrid: " + problem.getMessage());
                    unreadable++;
                }
            }
            chunks.flush();
            chunks.drain(0);
            return unreadable;
        } catch (Interrupted e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
    }

    private void warn(String message) {
        err.println("sentigrid: warning: " + message);
    }

    /** Units in chunks to the pool, a bounded number in flight, results handed on oldest first. */
    private final class Chunks implements UnitSink {
        private final ExecutorService pool;
        private final int maxInFlight;
        private final Visitor visitor;
        private final Deque<Future<List<Explained>>> inFlight = new ArrayDeque<>();
        private List<TextUnit> chunk = new ArrayList<>(CHUNK_UNITS);

        Chunks(ExecutorService pool, int maxInFlight, Visitor visitor) {
            this.pool = pool;
            this.maxInFlight = maxInFlight;
            this.visitor = visitor;
        }

        @Override
        public void unit(TextUnit unit) {
            chunk.add(unit);
            if (chunk.size() == CHUNK_UNITS) {
                flush();
            }
        }

        @Override
        public void warning(String message) {
            warn(message);
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            List<TextUnit> units = chunk;
            chunk = new ArrayList<>(CHUNK_UNITS);
            inFlight.addLast(pool.submit(() -> units.stream().map(u -> new Explained(u, analyzer.explain(u.text()))).toList()));
            drain(maxInFlight - 1);
        }

        /** Hands on the oldest chunks until at most {@code left} are in flight. */
        void drain(int left) {
            while (inFlight.size() > left) {
                try {
                    inFlight.removeFirst().get().forEach(e -> visitor.unit(e.unit, e.explanation));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Interrupted(e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private record Explained(TextUnit unit, Explanation explanation) {
    }

    /** An interruption on its way through {@link TextInput#read}, which lets only unchecked exceptions pass. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted(InterruptedException cause) {
            super(cause);
        }

        @Override
        public synchronized InterruptedException getCause() {
            return (InterruptedException) super.getCause();
        }
    }
}
