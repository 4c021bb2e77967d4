package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** A stored dossier's unit and procedure field, for modules that act on one dossier (a survey code for it). */
@Repository
public class StoredDossiers {

    public record StoredDossier(String code, long unitId, String fieldCode) {
    }

    private final JdbcClient jdbc;

    StoredDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredDossier> find(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("select code, unit_id, field_code from dossier where code = ?").param(code.strip())
                .query((rs, n) -> new StoredDossier(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }
}
