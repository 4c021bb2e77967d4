package vn.cchc.dossier;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/** Fast parsing of the values in a dossier file; each method returns null (or throws) on a bad value. */
final class Values {

    private Values() {
    }

    /** yyyy-MM-dd, yyyy-MM-dd HH:mm[:ss] (or T), dd/MM/yyyy [HH:mm[:ss]]; null when not a date. */
    static LocalDateTime dateTime(String s) {
        int n = s.length();
        try {
            if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                int y = num(s, 0, 4), mo = num(s, 5, 7), d = num(s, 8, 10);
                return time(s, 10, y, mo, d);
            }
            if (n >= 10 && s.charAt(2) == '/' && s.charAt(5) == '/') {
                int d = num(s, 0, 2), mo = num(s, 3, 5), y = num(s, 6, 10);
                return time(s, 10, y, mo, d);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDateTime time(String s, int at, int y, int mo, int d) {
        int n = s.length();
        if (n == at) {
            return LocalDateTime.of(y, mo, d, 0, 0);
        }
        char sep = s.charAt(at);
        if ((sep != ' ' && sep != 'T') || n < at + 6 || s.charAt(at + 3) != ':') {
            throw new NumberFormatException();
        }
        int h = num(s, at + 1, at + 3), mi = num(s, at + 4, at + 6), sec = 0;
        int end = at + 6;
        if (n >= at + 9 && s.charAt(at + 6) == ':') {
            sec = num(s, at + 7, at + 9);
            end = at + 9;
        }
        if (end < n) {
            char c = s.charAt(end);
            if (c != '.' && c != 'Z' && c != '+') {
                throw new NumberFormatException();
            }
        }
        return LocalDateTime.of(y, mo, d, h, mi, sec);
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** 1/0, true/false, có/không, x/empty, yes/no; null when not a yes/no value. */
    static Boolean bool(String s) {
        if (s == null || s.isEmpty()) {
            return Boolean.FALSE;
        }
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c == '1') {
                return Boolean.TRUE;
            }
            if (c == '0') {
                return Boolean.FALSE;
            }
        }
        switch (s.toLowerCase()) {
            case "1", "true", "t", "x", "yes", "y", "có", "co", "c" -> {
                return Boolean.TRUE;
            }
            case "0", "false", "f", "no", "n", "không", "khong", "k" -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    static boolean isCode(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }
}
