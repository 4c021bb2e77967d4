package vn.cchc.directory;

import java.util.List;

/** Every unit of the directory, past and present; the source the agency resolver indexes. */
interface UnitCatalogue {

    List<DirectoryEntry> all();

    /** Increases whenever the directory changes, so caches built on {@link #all()} know to rebuild. */
    long version();
}
