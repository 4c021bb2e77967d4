package vn.cchc.time;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the shared test context: the province's system clock until a test pins a day, and again after it
 * calls {@link #reset()} (in a finally block or @AfterEach, since every other test of the suite shares this bean).
 */
@Component
public class PinnableClock extends Clock {

    private static final Clock SYSTEM = Clock.system(ProvinceTime.ZONE);

    private volatile Clock current = SYSTEM;

    /** From now on it is nine in the morning of this day in Nghệ An. */
    public void pin(LocalDate day) {
        current = Clock.fixed(day.atTime(9, 0).atZone(ProvinceTime.ZONE).toInstant(), ProvinceTime.ZONE);
    }

    public void reset() {
        current = SYSTEM;
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
