package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.ExitStatus;
import picocli.CommandLine;

/** Every command's --help lists its exit statuses in the same words, those of {@link ExitStatus}. */
class ExitStatusHelpTest {
    private static final List<String> MEANINGS = List.of(ExitStatus.OK_HELP, ExitStatus.FAILED_HELP,
            ExitStatus.USAGE_HELP, ExitStatus.REFUSED_HELP, ExitStatus.INTERNAL_ERROR_HELP);

    @Test
    void everyCommandListsItsStatusesWithTheSharedMeanings() {
        CommandLine sentigrid = new CommandLine(SentigridCommand.class);
        List<CommandLine> commands = new ArrayList<>(List.of(sentigrid));
        sentigrid.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                commands.add(command);
            }
        });

        assertThat(commands).hasSize(8);
        for (CommandLine command : commands) {
            Map<String, String> statuses = command.getCommandSpec().usageMessage().exitCodeList();
            String name = command.getCommandName();
            assertThat(statuses).as(name).containsKeys(Integer.toString(ExitStatus.USAGE),
                    Integer.toString(ExitStatus.INTERNAL_ERROR));
            statuses.forEach((status, meaning) -> assertThat(MEANINGS).as(name).contains(status + ":" + meaning));
            assertThat(command.getUsageMessage()).as(name).contains("Exit status:");
        }
    }

    @Test
    void onlyTheWorkerIsRefusedAndOnlyTheTopLevelHelpSaysSo() {
        CommandLine sentigrid = new CommandLine(SentigridCommand.class);
        assertThat(sentigrid.getCommandSpec().usageMessage().exitCodeList()).containsKey(Integer.toString(ExitStatus.REFUSED));
        sentigrid.getSubcommands().values().forEach(command ->
                assertThat(command.getCommandSpec().usageMessage().exitCodeList()).doesNotContainKey(
                        Integer.toString(ExitStatus.REFUSED)));
    }
}
