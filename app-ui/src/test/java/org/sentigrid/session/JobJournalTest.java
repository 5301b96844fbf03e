package org.sentigrid.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job journals: a job that ends leaves nothing; one that does not is found, and goes on where it stopped. */
class JobJournalTest {
    @TempDir
    Path dir;

    private final SessionHeader header = new SessionHeader(SessionFileTest.SETTINGS,
            List.of(SessionDocument.text("Text 1", "Good."), SessionDocument.text("big", "...")));

    @Test
    void aFinishedJobLeavesNoJournal() throws Exception {
        JobJournal journal = JobJournal.start(dir.resolve("data/journals"), header);
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("data/journals")))).as("the user's alone").isEqualTo("rwx------");
        }
        SessionFileTest.replay(journal, 100);
        journal.finish();
        assertThat(Files.exists(journal.file())).isFalse();
        assertThat(JobJournal.unfinished(dir.resolve("data/journals"))).isEmpty();
    }

    @Test
    void eachJournalStartSetsItsFolderBackToTheUsersAloneAndTheJournalIsTheUsersAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = dir.resolve("journals");
        JobJournal.start(folder, header).finish();
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        JobJournal journal = JobJournal.start(folder, header);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(journal.file())))
                .isEqualTo("rw-------");
        journal.finish();
    }

    @Test
    void aJournalWithoutEndIsFoundWhereItStoppedAndGoesOnThere() throws Exception {
        JobJournal journal = JobJournal.start(dir, header);
        SessionFileTest.replay(journal, 5_000);
        assertThat(JobJournal.unfinished(dir)).as("a journal being written is not offered").isEmpty();
        journal.close(); // the app was killed: no end
        // A record torn by the kill.
        Files.write(journal.file(), new byte[] {0, 0, 1, 0, 9, 9}, java.nio.file.StandardOpenOption.APPEND);

        List<JobJournal.Found> found = JobJournal.unfinished(dir);
        assertThat(found).hasSize(1);
        JobJournal.Found stopped = found.get(0);
        assertThat(stopped.header()).isEqualTo(header);
        assertThat(stopped.documents()).isEqualTo(2);
        assertThat(stopped.units()).isEqualTo(5_001);
        assertThat(stopped.lastUnit()).isEqualTo(5_000);
        assertThat(stopped.scan().droppedBytes()).isEqualTo(6);

        JobJournal resumed = JobJournal.resume(stopped);
        resumed.document("third");
        resumed.close();
        JobJournal.Found again = JobJournal.read(stopped.file(), new SessionFileTest.Collected());
        assertThat(again.documents()).isEqualTo(3);
        assertThat(again.lastUnit()).isZero();
        assertThat(again.scan().droppedBytes()).isZero();
    }

    @Test
    void theDataDirectoryCanBeChosenWithASystemProperty() {
        String before = System.getProperty(DataDirectory.PROPERTY);
        try {
            System.setProperty(DataDirectory.PROPERTY, dir.toString());
            assertThat(DataDirectory.journals()).isEqualTo(dir.resolve("journals"));
            System.clearProperty(DataDirectory.PROPERTY);
            assertThat(DataDirectory.journals().toString()).endsWith("sentigrid/journals");
        } finally {
            if (before != null) {
                System.setProperty(DataDirectory.PROPERTY, before);
            }
        }
    }

    @Test
    void aJournalThatEndedButWasNotDeletedIsCleanedUpAndOtherFilesAreLeftAlone() throws Exception {
        Path ended = dir.resolve("job-ended" + JobJournal.EXTENSION);
        try (org.sentigrid.journal.RecordFile.Appender out = org.sentigrid.journal.RecordFile.create(ended, JobJournal.MAGIC)) {
            out.append(SessionRecords.header(header));
            out.append(SessionRecords.end(0, 0));
        }
        Path other = Files.writeString(dir.resolve("other" + JobJournal.EXTENSION), "not a journal");

        assertThat(JobJournal.unfinished(dir)).isEmpty();
        assertThat(Files.exists(ended)).isFalse();
        assertThat(Files.exists(other)).isTrue();
    }
}
