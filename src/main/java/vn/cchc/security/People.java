package vn.cchc.security;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;

/**
 * People as history lines name them: "Trần Văn Minh (Sở Tư pháp)" for the username the audit trail and the stored
 * rows keep, so a reader sees who acted and for which unit. Templates call it as {@code ${@people.name(username)}};
 * each username is read once per request, however many lines name it.
 */
@Component("people")
class People {

    private static final String CACHE = People.class.getName();

    private final JdbcClient jdbc;
    private final MessageSource messages;

    People(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The full name and unit; the system named as such; the username itself when no account has it. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if ("system".equals(username)) {
            return messages.getMessage("security.people.system", null, LocaleContextHolder.getLocale());
        }
        Map<String, String> known = requestCache();
        return known == null ? read(username) : known.computeIfAbsent(username, this::read);
    }

    private String read(String username) {
        return jdbc.sql("""
                        select u.full_name, d.name from app_user u join unit d on d.id = u.unit_id where u.username = ?""")
                .param(username)
                .query((rs, n) -> {
                    String full = rs.getString(1);
                    String unit = rs.getString(2);
                    // some accounts carry their unit in the name already ("Trần Văn Minh (Sở Tư pháp)")
                    return full.contains(unit) ? full : full + " (" + unit + ")";
                })
                .optional().orElse(username);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> requestCache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object cache = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cache == null) {
            cache = new HashMap<String, String>();
            request.setAttribute(CACHE, cache, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) cache;
    }
}
