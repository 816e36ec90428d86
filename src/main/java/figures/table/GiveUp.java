package figures.table;

/**
 * Thrown inside the bulk path (by the field scanner, the sums or the parallel driver) to give up
 * and read the table sequentially instead, where the strict reader reports what is wrong.
 */
final class GiveUp extends RuntimeException {
    GiveUp() {
        super(null, null, false, false);
    }
}
