package vn.cchc.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The table of contents of a backup archive, the archive's last entry: which schema the data fits, and for each table
 * in load order its columns, its rows and the SHA-256 of its entry, so a restore refuses a truncated or altered archive
 * before committing anything. A tab-separated text a person can read with {@code unzip -p FILE manifest.tsv}.
 */
record ArchiveManifest(Instant takenAt, String server, List<String> schemaVersions, List<TableEntry> tables,
                       List<SchemaTables.SequenceValue> sequences) {

    static final String ENTRY = "manifest.tsv";
    static final String FORMAT = "cchc-backup 1";

    record TableEntry(SchemaTables.Table table, long rows, String sha256) {

        String entryName() {
            return "tables/" + table.name() + ".copy";
        }
    }

    void write(OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("format\t" + FORMAT);
        w.println("taken-at\t" + takenAt);
        w.println("server\t" + server.replace('\t', ' ').replace('\n', ' '));
        w.println("schema\t" + String.join(",", schemaVersions));
        for (TableEntry t : tables) {
            w.println("table\t" + t.table().name() + "\t" + t.rows() + "\t" + t.sha256() + "\t"
                    + String.join(",", t.table().columns()));
        }
        for (SchemaTables.SequenceValue s : sequences) {
            w.println("sequence\t" + s.name() + "\t" + s.lastValue() + "\t" + s.called());
        }
        w.flush();
    }

    /** @throws BackupRefused when the entry is not a manifest of this format */
    static ArchiveManifest read(InputStream in, String archive) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = r.readLine();
        if (first == null || !first.equals("format\t" + FORMAT)) {
            throw new BackupRefused(archive + ": không phải bản sao lưu CCHC (thiếu dòng \"format\t" + FORMAT
                    + "\" ở đầu " + ENTRY + ").");
        }
        Instant takenAt = null;
        String server = "";
        List<String> schema = List.of();
        List<TableEntry> tables = new ArrayList<>();
        List<SchemaTables.SequenceValue> sequences = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = r.readLine()) != null) {
            number++;
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "taken-at" -> takenAt = Instant.parse(f[1]);
                    case "server" -> server = f[1];
                    case "schema" -> schema = f[1].isEmpty() ? List.of() : Arrays.asList(f[1].split(","));
                    case "table" -> tables.add(new TableEntry(new SchemaTables.Table(f[1], Arrays.asList(f[4].split(","))),
                            Long.parseLong(f[2]), f[3]));
                    case "sequence" -> sequences.add(new SchemaTables.SequenceValue(f[1], Long.parseLong(f[2]),
                            Boolean.parseBoolean(f[3])));
                    default -> throw new IllegalArgumentException(f[0]);
                }
            } catch (RuntimeException e) {
                throw new BackupRefused(archive + ": dòng " + number + " của " + ENTRY + " không đọc được: " + line);
            }
        }
        if (takenAt == null) {
            throw new BackupRefused(archive + ": " + ENTRY + " thiếu dòng taken-at.");
        }
        return new ArchiveManifest(takenAt, server, List.copyOf(schema), List.copyOf(tables), List.copyOf(sequences));
    }
}
