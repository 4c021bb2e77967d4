package vn.cchc.reminder;

/** What a reminder is about: its type (as the owning module names its table), its id there and a label to show. */
public record Thing(String type, String id, String label) {
}
