package vn.cchc.dossier;

import org.apache.commons.io.input.ObservableInputStream;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** How far an ingest has read, for the progress bar of a large upload. */
final class IngestProgress {

    final AtomicLong bytes = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    volatile long totalBytes = -1;
    volatile String phase = "READING";
    /** Milliseconds per phase of the ingest (read and COPY, delta, upsert, aggregates), for the benchmark. */
    final java.util.Map<String, Long> millis = new java.util.concurrent.ConcurrentSkipListMap<>();

    public java.util.Map<String, Long> millis() {
        return millis;
    }

    public long bytes() {
        return bytes.get();
    }

    public long rows() {
        return rows.get();
    }

    public long totalBytes() {
        return totalBytes;
    }

    public String phase() {
        return phase;
    }

    /** The stream, counting the bytes read into {@link #bytes()} (read by the progress requests' threads). */
    InputStream counting(InputStream in) {
        return new ObservableInputStream(in, new ObservableInputStream.Observer() {
            @Override
            public void data(int value) {
                bytes.incrementAndGet();
            }

            @Override
            public void data(byte[] buffer, int offset, int length) {
                bytes.addAndGet(length);
            }
        });
    }
}
