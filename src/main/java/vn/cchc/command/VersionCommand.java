package vn.cchc.command;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/** Prints the application version; also shows that command mode starts and stops cleanly. */
@Component
class VersionCommand implements CchcCommand {

    private final ObjectProvider<BuildProperties> build;

    VersionCommand(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "in phiên bản ứng dụng";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        BuildProperties props = build.getIfAvailable();
        out.println("CCHC " + (props == null ? "(development)" : props.getVersion()));
        return 0;
    }
}
