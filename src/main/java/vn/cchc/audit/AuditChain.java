package vn.cchc.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit trail's hash chain. Entries are sealed shortly after they commit, not while they are written, so that
 * concurrent writers never wait for each other; the chain's order is the order of sealing, which a transaction that
 * commits late simply joins later. {@link #verify()} recomputes every link from the entries themselves.
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    /** How far behind the newest sealed entry the sealer looks for entries whose transactions committed late. */
    private static final long LATE_WINDOW = 10_000;
    private static final int BATCH = 5_000;
    // Every field of the entry, in a fixed order; jsonb's text form is canonical and the time is taken in
    // microseconds, so the content does not depend on the session's time zone or JSON formatting.
    private static final String CONTENT = """
            jsonb_build_array(e.id, (extract(epoch from e.occurred_at) * 1000000)::bigint, e.actor, e.actor_unit_code,
                              e.address, e.entity_type, e.entity_id, e.action, e.summary, e.before_value,
                              e.after_value, e.request_id)::text""";

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chain of another database of this schema, such as a restored copy before it is put to use. */
    public static ChainVerification verifyIn(DataSource dataSource) {
        return new AuditChain(JdbcClient.create(dataSource)).verify();
    }

    private record Link(long position, String hash) {
    }

    private record Content(long id, String text) {
    }

    /**
     * Seals what has committed since the last run ({@link AuditSealing} runs it on one node; the lock keeps the chain
     * whole when {@code ./cchc audit verify} seals against the live database at the same moment).
     */
    @Transactional
    public int sealPending() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('audit_seal'))").query(Object.class).single();
        Link last = jdbc.sql("select position, hash from audit_seal order by position desc limit 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).optional().orElse(new Link(0, GENESIS));
        long from = jdbc.sql("select coalesce(max(entry_id), 0) from audit_seal").query(Long.class).single() - LATE_WINDOW;
        List<Content> pending = jdbc.sql("select e.id, " + CONTENT + " from audit_entry e where e.id > ? "
                        + "and not exists (select 1 from audit_seal s where s.entry_id = e.id) order by e.id limit ?")
                .params(from, BATCH).query((rs, n) -> new Content(rs.getLong(1), rs.getString(2))).list();
        long position = last.position();
        String hash = last.hash();
        for (Content c : pending) {
            position++;
            hash = link(hash, c.text());
            jdbc.sql("insert into audit_seal (position, entry_id, hash) values (?, ?, ?)")
                    .params(position, c.id(), hash).update();
        }
        return pending.size();
    }

    /** Walks the chain from its start; the first entry whose link does not match is named. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String[] previous = {GENESIS};
        long[] checked = {0};
        Long[] broken = {null};
        jdbc.sql("select s.position, s.entry_id, s.hash, " + CONTENT + " from audit_seal s "
                        + "left join audit_entry e on e.id = s.entry_id order by s.position")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    String content = rs.getString(4);
                    String expected = content == null ? null : link(previous[0], content);
                    if (rs.getLong(1) != checked[0] + 1 || expected == null || !expected.equals(rs.getString(3))) {
                        broken[0] = rs.getLong(2);
                        return;
                    }
                    previous[0] = expected;
                    checked[0]++;
                });
        long unsealed = jdbc.sql("select count(*) from audit_entry e "
                + "where not exists (select 1 from audit_seal s where s.entry_id = e.id)").query(Long.class).single();
        return new ChainVerification(checked[0], unsealed, broken[0]);
    }

    static String link(String previousHash, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '|');
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
