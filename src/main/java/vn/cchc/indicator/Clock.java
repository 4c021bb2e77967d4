package vn.cchc.indicator;

import java.time.LocalDate;
import java.time.ZoneId;

/** Nghệ An's calendar day, whatever the server's time zone. */
public final class Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Clock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
