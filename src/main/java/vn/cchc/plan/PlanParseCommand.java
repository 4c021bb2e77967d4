package vn.cchc.plan;

import org.springframework.stereotype.Component;
import vn.cchc.command.StandaloneCommand;
import vn.cchc.plan.parse.PlanParseException;
import vn.cchc.plan.parse.PlanParsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code ./cchc parse-plan FILE}: prints the parse contract's JSON for a plan document, saving nothing. */
@Component
class PlanParseCommand implements StandaloneCommand {

    private final PlanParsing parsing;

    PlanParseCommand(PlanParsing parsing) {
        this.parsing = parsing;
    }

    @Override
    public String name() {
        return "parse-plan";
    }

    @Override
    public String usage() {
        return "TỆP  đọc một kế hoạch (.txt, .docx, .pdf, mẫu nhiệm vụ .xlsx), in JSON theo hợp đồng phân tích, không lưu";
    }

    /** The .xlsx task template is read with the application's message bundles, so it starts the application. */
    @Override
    public boolean runsStandalone(List<String> arguments) {
        if (arguments.size() != 1) {
            return true;
        }
        try (InputStream in = Files.newInputStream(Path.of(arguments.get(0)))) {
            return !XlsxTaskTemplate.isXlsx(in.readNBytes(64 * 1024));
        } catch (InvalidPathException e) {
            return false;
        } catch (IOException e) {
            return true; // run() reports the missing or unreadable file as it always has
        }
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.size() != 1) {
            err.println("Cách dùng: ./cchc parse-plan TỆP");
            return 2;
        }
        Path file = Path.of(arguments.get(0));
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("Không tìm thấy tệp: " + file);
            return 1;
        }
        try {
            out.println(parsing.toJson(parsing.parse(content, file.getFileName().toString(), null)));
            return 0;
        } catch (PlanParseException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
