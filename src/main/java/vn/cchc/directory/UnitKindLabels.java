package vn.cchc.directory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Vietnamese label of each kind (unit.kind.* in the bundle), and the way back: an import cell may hold
 * the label, written with or without diacritics, or the technical name.
 */
@Component
class UnitKindLabels {

    private final MessageSource messages;

    UnitKindLabels(MessageSource messages) {
        this.messages = messages;
    }

    String label(UnitKind kind) {
        return messages.getMessage("unit.kind." + kind.name(), null, LocaleContextHolder.getLocale());
    }

    Optional<UnitKind> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String key = SearchKey.of(t);
        return Arrays.stream(UnitKind.values())
                .filter(k -> k.name().equalsIgnoreCase(t) || SearchKey.of(label(k)).equals(key))
                .findFirst();
    }
}
