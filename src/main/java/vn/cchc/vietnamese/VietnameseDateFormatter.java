package vn.cchc.vietnamese;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Binds every request parameter of type {@link LocalDate} the Vietnamese way ("30/06/2024"; ISO still accepted), so a
 * date input reads the same whatever the browser's language. A bad date fails with {@link NotVietnameseDate}.
 */
@Component
class VietnameseDateFormatter implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
        return VietnameseDates.parse(text);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return VietnameseDates.format(date);
    }
}
