/**
 * Owns the checking of uploaded files by their content and size: which kind a file really is (its magic bytes,
 * never its name) and whether an upload is within the allowed kinds and size. Stores nothing and has no tables;
 * each module keeps its own storage and its own messages for a refusal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.files;
