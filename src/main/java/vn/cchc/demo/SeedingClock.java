package vn.cchc.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.cchc.time.ProvinceTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clock the services read in the demo: the province's clock, except on the seeding thread while a seeder replays
 * a step of the sample history at the moment it happened. The moment is held per thread, so scheduled jobs, event
 * listeners and requests keep the real time, and it is released when the step ends, even when the step fails.
 */
@Component
@Primary
@Profile("demo")
class SeedingClock extends Clock {

    private final ObjectProvider<Clock> clocks;
    private final ThreadLocal<Instant> moment = new ThreadLocal<>();
    private volatile Clock province;

    SeedingClock(ObjectProvider<Clock> clocks) {
        this.clocks = clocks;
    }

    /** Runs the step as if it were this time of day in Nghệ An. */
    public <T> T at(LocalDateTime provinceTime, Supplier<T> step) {
        Instant previous = moment.get();
        moment.set(provinceTime.atZone(ProvinceTime.ZONE).toInstant());
        try {
            return step.get();
        } finally {
            if (previous == null) {
                moment.remove();
            } else {
                moment.set(previous);
            }
        }
    }

    public void at(LocalDateTime provinceTime, Runnable step) {
        at(provinceTime, () -> {
            step.run();
            return null;
        });
    }

    @Override
    public Instant instant() {
        Instant pinned = moment.get();
        return pinned != null ? pinned : province().instant();
    }

    @Override
    public ZoneId getZone() {
        return ProvinceTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(ProvinceTime.ZONE)) {
            return this;
        }
        SeedingClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /**
     * The clock this one stands in front of: another Clock bean when there is one (a test's), else the province's
     * system clock, which ProvinceTime would have provided had this bean not taken its place.
     */
    private Clock province() {
        Clock c = province;
        if (c == null) {
            c = clocks.orderedStream().filter(other -> other != this).findFirst()
                    .orElseGet(() -> Clock.system(ProvinceTime.ZONE));
            province = c;
        }
        return c;
    }
}
