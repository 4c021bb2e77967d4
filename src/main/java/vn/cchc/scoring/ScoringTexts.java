package vn.cchc.scoring;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.cchc.time.ProvinceTime;

/**
 * Vietnamese text and numbers for scoring: messages with arguments, points with a decimal comma ("1,5"),
 * dates as dd/MM/yyyy. Templates use it as {@code @scoringTexts}.
 */
@Component("scoringTexts")
public class ScoringTexts {

    static final Locale VI = Vietnamese.LOCALE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;

    ScoringTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    String of(ScoringException e) {
        return get(e.key(), e.args());
    }

    /** Points as Vietnamese write them: "1,5", "10", "—" when empty. */
    public String points(BigDecimal p) {
        return p == null ? "—" : VietnameseNumbers.format(p);
    }

    /** An index with two decimals: "91,39". */
    public String index(BigDecimal p) {
        return p == null ? "—" : p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A change of index with its sign: "+1,25", "−0,50", "0,00"; empty when there is none. */
    public String signed(BigDecimal p) {
        if (p == null) {
            return "";
        }
        String v = index(p.abs());
        return p.signum() > 0 ? "+" + v : p.signum() < 0 ? "−" + v : v;
    }

    public String date(LocalDate d) {
        return VietnameseDates.format(d);
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(ProvinceTime.ZONE));
    }

    /** A number as officers type it ("1,5", "1.200"); null for blank; refused with how to write it otherwise. */
    public static BigDecimal parse(String text) {
        try {
            return VietnameseNumbers.parse(text);
        } catch (NotVietnameseNumber e) {
            throw new ScoringException("scoring.error.notAVietnameseNumber", text.strip(), e);
        }
    }

    /**
     * A number inside a text saved before input was read the Vietnamese way: allowed values and bands may hold
     * "0.5", which then could only mean a half, so a lone decimal dot is still read as such here.
     */
    static BigDecimal stored(String text) {
        try {
            return VietnameseNumbers.parse(text);
        } catch (NotVietnameseNumber e) {
            if (e.reason() == NotVietnameseNumber.Reason.DECIMAL_DOT) {
                return new BigDecimal(text.strip());
            }
            throw new ScoringException("scoring.error.notAVietnameseNumber", text.strip(), e);
        }
    }

    /** dd/MM/yyyy for message arguments (MessageFormat would print a LocalDate as ISO). */
    static String dmy(LocalDate d) {
        return VietnameseDates.format(d);
    }
}
