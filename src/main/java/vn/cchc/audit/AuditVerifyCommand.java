package vn.cchc.audit;

import org.springframework.stereotype.Component;
import vn.cchc.command.CchcCommand;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./cchc audit verify}: checks the hash chain of the database the application is configured with
 * (SPRING_DATASOURCE_URL, or the embedded ./data with --cchc.database.embedded.persistent=true while the app is stopped).
 */
@Component
class AuditVerifyCommand implements CchcCommand {

    private final AuditChain chain;

    AuditVerifyCommand(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "verify  kiểm tra chuỗi băm của nhật ký thay đổi; báo bản ghi đầu tiên bị sửa";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1 || !arguments.get(0).equals("verify")) {
            err.println("Cách dùng: ./cchc audit verify");
            return 2;
        }
        chain.sealPending();
        ChainVerification result = chain.verify();
        if (result.intact()) {
            out.printf("Chuỗi băm nguyên vẹn: %d bản ghi đã kiểm tra, %d bản ghi chưa niêm phong.%n",
                    result.sealed(), result.unsealed());
            return 0;
        }
        out.printf("Chuỗi băm bị phá tại bản ghi nhật ký số %d (sau %d bản ghi khớp).%n",
                result.firstBroken(), result.sealed());
        return 1;
    }
}
