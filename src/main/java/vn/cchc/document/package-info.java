/**
 * Owns generated documents in the official format of Decree 30/2020/NĐ-CP (see
 * /work/shared/domain/document-format.md): A4 page and margins, Times New Roman, the two-column header of the
 * issuing body and the national motto, number, place and date, title, body, "Nơi nhận:" and the signature block,
 * page numbers from page 2. {@link vn.cchc.document.OfficialDocx} (Word) and {@link vn.cchc.document.OfficialPdf}
 * (PDF, the same builder methods, Liberation Serif bundled under /fonts, see NOTICE) are the public builders;
 * {@link vn.cchc.document.OfficialTexts} supplies the issuing body's standard texts from messages/document.properties.
 * No tables: documents are generated on request and never stored.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"vietnamese"})
package vn.cchc.document;
