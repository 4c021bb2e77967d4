package vn.cchc.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void aPersistentDatabaseKeepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data);
             Connection c = first.ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table ghi_chu (noi_dung text)");
            s.execute("insert into ghi_chu values ('Sở Nội vụ')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(data);
             Connection c = second.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select noi_dung from ghi_chu")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Sở Nội vụ");
        }
    }

    @Test
    void aPersistentDatabaseWritesDurably() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data);
             Connection c = db.ownerDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
    }
}
