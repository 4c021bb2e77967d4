package vn.cchc;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an effect that happens on another thread (an event listener) for at most the given time. */
public final class BoundedPoll {

    private BoundedPoll() {
    }

    /** True as soon as the condition holds; false if it still does not after {@code limit}. */
    public static boolean until(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
