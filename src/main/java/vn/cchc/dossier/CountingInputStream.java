package vn.cchc.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read, for the progress bar. */
final class CountingInputStream extends FilterInputStream {

    private final IngestProgress progress;

    CountingInputStream(InputStream in, IngestProgress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            progress.bytes.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            progress.bytes.addAndGet(n);
        }
        return n;
    }
}
