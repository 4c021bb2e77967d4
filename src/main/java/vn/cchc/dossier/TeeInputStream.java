package vn.cchc.dossier;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Keeps a copy of every byte read, for a second reading of a stream that cannot be rewound. */
final class TeeInputStream extends FilterInputStream {
    private final OutputStream copy;

    TeeInputStream(InputStream in, OutputStream copy) {
        super(in);
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            copy.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            copy.write(buf, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read, not skipped: the copy must hold every byte
        byte[] scratch = new byte[(int) Math.min(Math.max(n, 1), 8192)];
        int r = n <= 0 ? 0 : read(scratch, 0, (int) Math.min(n, scratch.length));
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
