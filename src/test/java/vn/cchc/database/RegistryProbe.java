package vn.cchc.database;

/** A test-only event, so the publication registry can be checked without touching a real module's data. */
public record RegistryProbe(String marker) {
}
