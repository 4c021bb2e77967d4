package vn.cchc.directory;

import java.time.LocalDate;
import java.time.ZoneId;

/** The province's calendar day: validity dates are Nghệ An days, whatever the server's time zone. */
final class Today {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
