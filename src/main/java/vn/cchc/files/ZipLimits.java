package vn.cchc.files;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.IOException;
import java.util.Optional;

/**
 * How far a Word or Excel container may unpack: a 4 MB .docx can hold 4 GiB of zeros, and reading it would
 * keep a request busy for many seconds and fill the heap. The entries are really inflated and counted (the sizes
 * written in the zip can lie) and the reading stops at the first limit passed, so a bomb costs milliseconds.
 *
 * @param maxEntries           entries in the archive; a real document has a few dozen
 * @param maxUncompressedBytes all entries together once inflated
 * @param maxRatio             inflated bytes per compressed byte of one entry, checked once the entry is past
 *                             {@link #GRACE_BYTES}; XML compresses about 10 to 30 times, zeros about 1000 times
 */
record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxRatio) {

    /** Small entries may compress very well (an empty sheet) without being a threat. */
    public static final long GRACE_BYTES = 100 * 1024;

    /** The limits for every uploaded document; POI's own reader is given the same ({@link PoiZipLimits}). */
    public static final ZipLimits OFFICE = new ZipLimits(1000, 100L * 1024 * 1024, 100);

    public ZipLimits {
        if (maxEntries <= 0 || maxUncompressedBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The first limit the archive passes, if any; a damaged archive passes none here (it is refused later as not
     * a document). Only the entries' bytes are inflated, into a small buffer that is thrown away.
     */
    public Optional<UploadResult.Refusal> breach(byte[] zip) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream in = OfficeZip.entries(zip)) {
            while (in.getNextEntry() != null) {
                if (++entries > maxEntries) {
                    return Optional.of(UploadResult.Refusal.TOO_MANY_ENTRIES);
                }
                long inflated = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > maxUncompressedBytes) {
                        return Optional.of(UploadResult.Refusal.EXPANDS_TOO_MUCH);
                    }
                    long compressed = Math.max(1, in.getCompressedCount());
                    if (inflated > GRACE_BYTES && inflated > compressed * maxRatio) {
                        return Optional.of(UploadResult.Refusal.EXPANDS_TOO_MUCH);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // damaged or not a zip at all: not a limit question
            return Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isZip(byte[] content) {
        return MagicBytes.startsWith(content, 0x50, 0x4B, 0x03, 0x04);
    }
}
