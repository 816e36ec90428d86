package figures.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * scripts/cds trains the class-data-sharing archive with one run per command; a command without
 * a training run starts slower (README, Start-up time). The commands are read from picocli's
 * model of the root (cli/Figures' subcommands), so a new command fails here until it is trained.
 */
class CdsTrainingTest {
    @Test
    void everyCommandHasATrainingRun() throws Exception {
        String script = Files.readString(Path.of("scripts/cds"));
        List<String> trained = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^train \\S+ (\\S+)").matcher(script);
        while (m.find()) {
            trained.add(m.group(1));
        }
        List<String> missing = new ArrayList<>();
        for (Class<?> c : Figures.class.getAnnotation(Command.class).subcommands()) {
            String name = c.getAnnotation(Command.class).name();
            // help and completion print text from the model every run builds anyway
            if (!trained.contains(name) && !name.equals("help") && !name.equals("completion")) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "commands without a training run in scripts/cds: " + missing + " (trained: " + trained + ")");
    }
}
