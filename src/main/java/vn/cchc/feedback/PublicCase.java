package vn.cchc.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A case as anyone may see it (the published answers, the tracking page): the sender's name as initials, and no
 * phone number, e-mail address or address, neither in their fields nor where the citizen typed them into the text.
 */
record PublicCase(String code, FeedbackKind kind, String senderInitials, String title, String content,
                  String fieldName, String unitName, FeedbackStatus status, LocalDate receivedOn, LocalDate dueOn,
                  boolean paused, String refusalReason, String question, String answer, LocalDate answeredOn,
                  LocalDate publishedOn) {

    static final String HIDDEN = "[đã ẩn]";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** Vietnamese phone numbers as people write them: 0912 345 678, 0912.345.678, +84 912345678, 0238 3844 123. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}])(?:\\+?84|0)(?:[\\s.-]?\\p{N}){8,10}(?![\\p{N}])");

    static PublicCase of(FeedbackCase c) {
        return new PublicCase(c.code(), c.kind(), initials(c.senderName()), mask(c.title(), c), mask(c.content(), c),
                c.fieldName(), c.unitName(), c.status(), c.receivedOn(), c.dueOn(), c.remainingDays() != null,
                c.refusalReason(), c.question(), c.answer() == null ? null : mask(c.answer(), c), c.answeredOn(),
                c.publishedOn());
    }

    /** "Nguyễn Văn An" → "N.V.A." */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append('.');
            }
        }
        return out.toString();
    }

    /** The text with the sender's contact details, any e-mail address and any phone number hidden. */
    static String mask(String text, FeedbackCase c) {
        String out = EMAIL.matcher(text).replaceAll(HIDDEN);
        out = PHONE.matcher(out).replaceAll(HIDDEN);
        List<String> own = new ArrayList<>();
        for (String s : new String[]{c.senderName(), c.senderAddress(), c.senderPhone(), c.senderEmail()}) {
            if (s != null && s.strip().length() >= 3) {
                own.add(s.strip());
            }
        }
        own.sort(Comparator.comparingInt(String::length).reversed());
        for (String s : own) {
            out = Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
                    .replaceAll(HIDDEN);
        }
        return out;
    }
}
