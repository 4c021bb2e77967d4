package vn.cchc.vietnamese;

import java.util.Locale;

/** The language every page, message, document and mail is written in, whatever the browser or the server's own. */
public final class Vietnamese {

    public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

    private Vietnamese() {
    }
}
