package figures.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * action.yml, the GitHub Action for report repositories, is a composite action whose inputs are
 * the ones the README documents, whose expressions name only inputs and steps it has, and whose
 * shell steps are the script that scripts/action/test runs.
 */
class ActionYamlTest {
    private static final Path ACTION = Path.of("action.yml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() throws IOException {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ACTION));
        assertTrue(doc instanceof Map, "action.yml is not a mapping");
        return (Map<String, Object>) doc;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> action) {
        return (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
    }

    @Test
    @SuppressWarnings("unchecked")
    void isACompositeActionWithTheDocumentedInputs() throws IOException {
        Map<String, Object> action = load();
        assertEquals("composite", ((Map<String, Object>) action.get("runs")).get("using"));
        Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
        for (String input : List.of("claims", "report", "version", "java-version")) {
            assertTrue(inputs.containsKey(input), "no input " + input);
            assertTrue(((Map<String, Object>) inputs.get(input)).get("description") instanceof String,
                    "input " + input + " has no description");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void setsUpJavaAndRunsTheScriptThatIsTested() throws IOException {
        List<Map<String, Object>> steps = steps(load());
        Map<String, Object> java = steps.get(0);
        assertTrue(String.valueOf(java.get("uses")).startsWith("actions/setup-java@"), "the first step sets up Java");
        assertEquals("${{ inputs.java-version }}", ((Map<String, Object>) java.get("with")).get("java-version"));
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> step : steps) {
            assertTrue(step.containsKey("uses") != step.containsKey("run"), "a step either uses or runs: " + step);
            if (step.containsKey("run")) {
                assertEquals("bash", step.get("shell"), "a composite run step names its shell");
                runs.add(String.valueOf(step.get("run")));
            }
        }
        assertEquals(List.of("\"$GITHUB_ACTION_PATH/scripts/action/figures-action\" resolve",
                "\"$GITHUB_ACTION_PATH/scripts/action/figures-action\" check"), runs);
        assertTrue(Files.isExecutable(Path.of("scripts/action/figures-action")));
        assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/cache@")),
                "the release is cached");
    }

    @Test
    @SuppressWarnings("unchecked")
    void expressionsNameOnlyInputsAndStepsThatExist() throws IOException {
        Map<String, Object> action = load();
        Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> step : steps(action)) {
            if (step.get("id") != null) ids.add(String.valueOf(step.get("id")));
        }
        String text = Files.readString(ACTION);
        Matcher input = Pattern.compile("inputs\\.([A-Za-z0-9_-]+)").matcher(text);
        int seen = 0;
        while (input.find()) {
            assertTrue(inputs.containsKey(input.group(1)), "no input " + input.group(1));
            seen++;
        }
        Matcher step = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.outputs").matcher(text);
        while (step.find()) {
            assertTrue(ids.contains(step.group(1)), "no step with id " + step.group(1));
            seen++;
        }
        assertTrue(seen >= 8, "expected the steps to use their inputs and each other's outputs, found " + seen);
    }
}
