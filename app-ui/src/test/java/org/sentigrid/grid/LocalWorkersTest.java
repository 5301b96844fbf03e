package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sentigrid.worker.SentigridVersion;

/** Real worker processes joining a real coordinator on loopback: what happens when one dies. */
@Tag("process")
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class LocalWorkersTest {

    @Test
    void aWorkerThatDiesIsStartedAgainUnderItsNameAndNoneIsOnceTheWorkersAreStopped() throws Exception {
        JoinToken token = JoinToken.random();
        BlockingQueue<String> told = new LinkedBlockingQueue<>();
        try (GridServer server = GridServer.start(new GridSettings(InetAddress.getLoopbackAddress(), 0, token),
                SentigridVersion.current(), new GridEvents() { })) {
            LocalWorkers local = LocalWorkers.start(1, server.workerJoinOptions(), token);
            try {
                assertThat(server.awaitWorkers(1, Duration.ofSeconds(30))).as("the worker joined").isTrue();
                local.restartWhenExited(new LocalWorkers.Restarts() {
                    @Override
                    public void restarted(List<String> exited) {
                        told.addAll(exited);
                    }

                    @Override
                    public void failed(List<String> exited, IOException why) {
                        told.add("failed: " + why.getMessage());
                    }
                });
                long first = local.pids().get(0);
                ProcessHandle.of(first).orElseThrow().destroyForcibly();

                assertThat(told.poll(20, TimeUnit.SECONDS)).as("what the supervisor said")
                        .startsWith("local-1 exited with status");
                assertThat(local.names()).containsExactly("local-1");
                long second = local.pids().get(0);
                assertThat(second).isNotEqualTo(first);
                assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive)).contains(true);

                // A cancelled run kills its workers: none may be started again after that.
                local.kill();
                Thread.sleep(2_500);  // two and a half of the supervisor's rounds
                assertThat(told).as("restarts after the kill").isEmpty();
                assertThat(local.pids()).containsExactly(second);
                assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            } finally {
                local.kill();
            }
        }
    }
}
