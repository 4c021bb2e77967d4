/**
 * Owns the checking of uploaded files by their content and size: which kind a file really is (its magic bytes,
 * never its name) and whether an upload is within the allowed kinds and size. Stores nothing and has no tables;
 * each module keeps its own storage and its own messages for a refusal, or takes the shared words of
 * {@link vn.cchc.files.UploadCheck#refusalText} for a form that lists its problems in one text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"vietnamese"})
package vn.cchc.files;
