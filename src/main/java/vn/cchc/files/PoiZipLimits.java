package vn.cchc.files;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.stereotype.Component;

/**
 * POI guards its own zip reading too; it is given the same limits as {@link ZipLimits#OFFICE} so that a file
 * refused by one is never opened by the other, whichever reads first. POI keeps these settings in static fields,
 * so they hold for the whole application.
 */
@Component
class PoiZipLimits {

    PoiZipLimits() {
        apply(ZipLimits.OFFICE);
    }

    static void apply(ZipLimits limits) {
        ZipSecureFile.setMaxFileCount(limits.maxEntries());
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes());
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxRatio());
        ZipSecureFile.setGraceEntrySize(ZipLimits.GRACE_BYTES);
    }
}
