package figures.expr;

import java.util.ArrayList;
import java.util.List;

/** Where the steps of an evaluation go, for --explain; a silent trace drops them. */
final class Trace {
    private final List<String> steps;

    private Trace(List<String> steps) {
        this.steps = steps;
    }

    static Trace collecting() {
        return new Trace(new ArrayList<>());
    }

    static Trace silent() {
        return new Trace(null);
    }

    void add(String step) {
        if (steps != null && !steps.contains(step)) {
            steps.add(step);
        }
    }

    void addAll(List<String> more) {
        more.forEach(this::add);
    }

    boolean isSilent() {
        return steps == null;
    }

    List<String> steps() {
        return steps == null ? List.of() : List.copyOf(steps);
    }
}
