package vn.cchc.dossier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.ArrayList;
import java.util.List;

/** The errors of one file: all are counted, the first {@link #MAX} are kept with their Vietnamese message. */
final class RowErrors {

    static final int MAX = 100;

    private final MessageSource messages;
    private final List<IngestError> kept = new ArrayList<>();
    private int count;

    RowErrors(MessageSource messages) {
        this.messages = messages;
    }

    void add(long line, Column column, String key, Object... args) {
        count++;
        if (kept.size() < MAX) {
            kept.add(new IngestError(line, column == null ? null : column.header(),
                    messages.getMessage(key, args, LocaleContextHolder.getLocale())));
        }
    }

    /** A spreadsheet refused for a limit (size, rows, text), in the spreadsheet bundle's words. */
    void addRefusal(vn.cchc.spreadsheet.SheetRefused refused) {
        count++;
        kept.add(new IngestError(0, null, refused.message(messages, LocaleContextHolder.getLocale())));
    }

    /** Errors that were counted elsewhere (by SQL) beyond those added one by one. */
    void addUnlisted(int more) {
        count += more;
    }

    int count() {
        return count;
    }

    boolean any() {
        return count > 0;
    }

    boolean full() {
        return count >= MAX;
    }

    List<IngestError> kept() {
        return kept;
    }

    void clear() {
        kept.clear();
        count = 0;
    }

    IngestRejected rejection(long rowsRead) {
        return new IngestRejected(kept, count, rowsRead);
    }
}
