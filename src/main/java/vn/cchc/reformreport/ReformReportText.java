package vn.cchc.reformreport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.Vietnamese;

import java.util.Arrays;
import java.util.Locale;

/** The Vietnamese text of a refusal; an argument that is itself a message key (a field's name) is shown as its text. */
@Component
class ReformReportText {

    private static final Locale VI = Vietnamese.LOCALE;

    private final MessageSource messages;

    ReformReportText(MessageSource messages) {
        this.messages = messages;
    }

    String of(ReformReportRefused e) {
        Object[] args = e.args() == null ? new Object[0] : Arrays.stream(e.args())
                .map(a -> a instanceof String s && s.startsWith("reformreport.") ? get(s) : a == null ? "" : String.valueOf(a))
                .toArray();
        return messages.getMessage(e.key(), args, VI);
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
