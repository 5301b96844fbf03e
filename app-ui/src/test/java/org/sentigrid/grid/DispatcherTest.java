package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Work;
import org.sentigrid.api.grid.WorkResult;
import org.junit.jupiter.api.Test;

/** Leases, and the backup copies this process's threads take of work another worker is late with. */
class DispatcherTest {
    private static final String REMOTE = "w1-laptop";
    private static final String LOCAL = "w2-in-process";
    private final Dispatcher dispatcher = new Dispatcher();

    private CompletableFuture<WorkResult> submit() {
        return dispatcher.submit(id -> Batch.of(1, id, JobSettings.plain(EngineMode.VADER), List.of("good")));
    }

    private static BatchResult answer(Work work, double compound) {
        return BatchResult.of(work.jobId(), work.batchId(), List.of(new SentimentScores(0, 0.2, 0.8, compound)));
    }

    /** A window that moves its grid mid-job must not wait for ever on the old coordinator's pieces. */
    @Test
    void closingFailsTheQueuedAndLeasedWorkAndWorkSentAfterWithTheReason() throws Exception {
        CompletableFuture<WorkResult> leased = submit();
        CompletableFuture<WorkResult> queued = submit();
        Work work = dispatcher.take(REMOTE, 0);

        dispatcher.close("the grid stopped");
        CompletableFuture<WorkResult> after = submit();

        for (CompletableFuture<WorkResult> piece : List.of(leased, queued, after)) {
            assertThatThrownBy(() -> piece.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(BatchFailedException.class).hasMessageEndingWith("was not scored: the grid stopped");
        }
        dispatcher.complete(REMOTE, answer(work, 0.5), () -> { });
        assertThat(dispatcher.take(REMOTE, 0)).as("nothing is left to lease").isNull();
    }

    @Test
    void queuedWorkIsLeasedBeforeAnyBackupIsTaken() throws Exception {
        submit();
        submit();
        Work remote = dispatcher.take(REMOTE, 0);
        Thread.sleep(Dispatcher.MIN_BACKUP_AGE_NANOS / 1_000_000 + 20);
        Dispatcher.Lease local = dispatcher.takeLocal(LOCAL, 0);
        assertThat(local.work().batchId()).isNotEqualTo(remote.batchId());
    }

    @Test
    void noBackupOfWorkLeasedMomentsAgo() throws Exception {
        submit();
        dispatcher.take(REMOTE, 0);
        assertThat(dispatcher.takeLocal(LOCAL, 0)).isNull();
    }

    @Test
    void aLateLeaseIsBackedUpOnceAndTheFirstResultWins() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        Work remote = dispatcher.take(REMOTE, 0);
        long started = System.nanoTime();
        Dispatcher.Lease backup = dispatcher.takeLocal(LOCAL, 2_000);
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Dispatcher.MIN_BACKUP_AGE_NANOS / 2);
        assertThat(backup.work()).isSameAs(remote);
        assertThat(dispatcher.takeLocal("w3-other", 150)).as("one backup a piece").isNull();

        assertThat(dispatcher.complete(LOCAL, answer(backup.work(), 0.5), () -> { })).isTrue();
        assertThat(backup.finished()).isTrue();
        assertThat(result.get(1, TimeUnit.SECONDS).units()).isEqualTo(1);
        assertThat(((BatchResult) result.get()).unit(0).compound()).isEqualTo(0.5);
        assertThat(dispatcher.complete(REMOTE, answer(remote, 0.9), () -> { })).as("the late original is ignored").isFalse();
        assertThat(dispatcher.unfinished()).isZero();
    }

    @Test
    void theOriginalMayStillWinAgainstItsBackup() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        Work remote = dispatcher.take(REMOTE, 0);
        Dispatcher.Lease backup = dispatcher.takeLocal(LOCAL, 2_000);
        assertThat(dispatcher.complete(REMOTE, answer(remote, 0.9), () -> { })).isTrue();
        assertThat(backup.finished()).as("the backup can stop").isTrue();
        assertThat(dispatcher.complete(LOCAL, answer(backup.work(), 0.5), () -> { })).isFalse();
        assertThat(((BatchResult) result.get(1, TimeUnit.SECONDS)).unit(0).compound()).isEqualTo(0.9);
    }

    @Test
    void whenOneHolderIsLostTheOtherFinishesWithoutARetry() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        Work remote = dispatcher.take(REMOTE, 0);
        Dispatcher.Lease backup = dispatcher.takeLocal(LOCAL, 2_000);
        dispatcher.workerLost(REMOTE, "silent for 4 s");
        assertThat(dispatcher.take("w3-other", 0)).as("not queued again while its backup runs").isNull();
        assertThat(dispatcher.complete(LOCAL, answer(backup.work(), 0.5), () -> { })).isTrue();
        assertThat(result.get(1, TimeUnit.SECONDS).batchId()).isEqualTo(remote.batchId());
    }

    @Test
    void workWhoseOnlyHolderIsLostRunsAgainAndFailsAfterTheLastAttempt() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        for (int attempt = 1; attempt <= Dispatcher.MAX_ATTEMPTS; attempt++) {
            Work work = dispatcher.take("w" + attempt, 0);
            assertThat(work).as("attempt " + attempt).isNotNull();
            dispatcher.fail("w" + attempt, work.batchId(), "broke");
        }
        assertThat(result).isCompletedExceptionally();
        assertThat(dispatcher.unfinished()).isZero();
    }

    @Test
    void anOverdueLeaseRunsAgainElsewhereAndWhicheverAnswersFirstWins() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        Work hung = dispatcher.take(REMOTE, 0);
        assertThat(dispatcher.requeueOverdue(System.nanoTime())).as("not overdue yet").isZero();
        long later = System.nanoTime() + Dispatcher.deadlineNanos(hung) + 1;
        assertThat(dispatcher.requeueOverdue(later)).isEqualTo(1);
        assertThat(dispatcher.requeueOverdue(later)).as("queued again once").isZero();
        Work again = dispatcher.take("w3-other", 0);
        assertThat(again).isSameAs(hung);
        assertThat(dispatcher.complete("w3-other", answer(again, 0.5), () -> { })).isTrue();
        assertThat(dispatcher.complete(REMOTE, answer(hung, 0.9), () -> { })).isFalse();
        assertThat(((BatchResult) result.get(1, TimeUnit.SECONDS)).unit(0).compound()).isEqualTo(0.5);
        assertThat(dispatcher.unfinished()).isZero();
    }

    @Test
    void theOverdueHolderMayStillAnswerAndThePieceLeavesTheQueue() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        Work slow = dispatcher.take(REMOTE, 0);
        dispatcher.requeueOverdue(System.nanoTime() + Dispatcher.deadlineNanos(slow) + 1);
        assertThat(dispatcher.complete(REMOTE, answer(slow, 0.9), () -> { })).isTrue();
        assertThat(result).isCompleted();
        assertThat(dispatcher.take("w3-other", 0)).as("nothing left to score").isNull();
    }

    @Test
    void workThatHangsEveryWorkerFailsAfterTheLastAttempt() throws Exception {
        CompletableFuture<WorkResult> result = submit();
        long now = System.nanoTime();
        for (int attempt = 1; attempt <= Dispatcher.MAX_ATTEMPTS; attempt++) {
            Work work = dispatcher.take("w" + attempt, 0);
            assertThat(work).as("attempt " + attempt).isNotNull();
            now += Dispatcher.deadlineNanos(work) * 2;
            dispatcher.requeueOverdue(now);
        }
        assertThat(result).isCompletedExceptionally();
        assertThat(dispatcher.unfinished()).isZero();
    }

    @Test
    void aLargerPieceMayTakeLonger() {
        JobSettings plain = JobSettings.plain(EngineMode.VADER);
        assertThat(Dispatcher.deadlineNanos(Batch.of(1, 1, plain, List.of("x".repeat(4 * 1024 * 1024)))))
                .isGreaterThan(Dispatcher.deadlineNanos(Batch.of(1, 2, plain, List.of("x"))));
    }
}
