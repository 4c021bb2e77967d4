package vn.cchc.directory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one import and words them in Vietnamese: the file, the row and the column's
 * label come first so an officer can find the cell, e.g. "Tệp units.xlsx, dòng 7, cột 'Mã đơn vị cha': …".
 * A form (no file) gets only the field label.
 */
final class ImportErrors {

    private final MessageSource messages;
    private final String source;
    private final List<ImportError> errors = new ArrayList<>();

    ImportErrors(MessageSource messages, String source) {
        this.messages = messages;
        this.source = source;
    }

    void add(int row, UnitField field, String key, Object... args) {
        String label = text(field.messageKey());
        String what = text(key, args);
        String message = source == null
                ? text("unit.form.error", label, what)
                : text("unit.import.error.cell", source, String.valueOf(row), label, what);
        errors.add(new ImportError(row, field, label, message));
    }

    void addFile(String key, Object... args) {
        String what = text(key, args);
        errors.add(new ImportError(0, null, null, source == null ? what : text("unit.import.error.file", source, what)));
    }

    /** A problem of the whole file whose message already names the file. */
    void addWholeFile(String message) {
        errors.add(new ImportError(0, null, null, message));
    }

    List<ImportError> list() {
        List<ImportError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ImportError::row)
                .thenComparing(e -> e.field() == null ? -1 : e.field().ordinal()));
        return List.copyOf(sorted);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
