package vn.cchc.document;

import java.util.List;

/**
 * An official document being built, whatever its format: {@link OfficialDocx} and {@link OfficialPdf} take the same
 * calls, so one piece of code writes a document once and {@link OfficialFormat} picks the file it becomes.
 */
public sealed interface OfficialDocument permits OfficialDocx, OfficialPdf {

    OfficialDocument paragraph(String text, boolean bold);

    OfficialDocument table(List<TableColumn> columns, List<TableRow> rows);

    OfficialDocument closing(Closing closing);

    byte[] bytes();
}
