package figures.calc;

import figures.model.Interval;
import figures.model.Verdict;

/**
 * The stated-precision rule (README, A short tour: "stated precision"): a stated figure is
 * consistent when the computed value, carried through with the inputs' own precision, can round to it — when the range the inputs
 * allow overlaps the range the stated figure stands for.
 */
public final class Consistency {
    private Consistency() {
    }

    public static Verdict check(Interval stated, Interval computed) {
        return stated.overlaps(computed) ? Verdict.CONSISTENT : Verdict.INCONSISTENT;
    }
}
