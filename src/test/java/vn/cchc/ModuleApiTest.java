package vn.cchc;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's root package shows only what others use: every public top-level type there is named by a source file
 * of another package (another module, a sub-package, or a test outside the module's package), through an import or
 * its qualified name, the only ways Java code of another package can use it. A type that no other package names is
 * package-private, so it cannot become API by accident. Read from the sources, not from the compiled classes:
 * bytecode loses inlined constants and the types of local variables, which still need the type to be public.
 */
class ModuleApiTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOfAModuleRootIsNamedByAnotherPackage() {
        List<Source> sources = sources(Path.of("src/main/java"), Path.of("src/test/java"));
        var mainClasses = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("vn.cchc");
        List<String> unused = new ArrayList<>();
        ApplicationModules.of(CchcApplication.class).forEach(module -> {
            String root = module.getBasePackage().getName();
            mainClasses.stream()
                    .filter(type -> type.getPackageName().equals(root) && type.isTopLevelClass())
                    .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(type -> sources.stream().noneMatch(source -> source.names(root, type.getSimpleName())))
                    .forEach(type -> unused.add(type.getName()));
        });
        assertThat(unused)
                .as("public types of a module root that no other package names: make them package-private")
                .isEmpty();
    }

    private record Source(String packageName, String text) {

        boolean names(String typePackage, String simpleName) {
            if (packageName.equals(typePackage) || !text.contains(simpleName)) return false;
            String word = "\\b" + Pattern.quote(simpleName) + "\\b";
            return Pattern.compile(Pattern.quote(typePackage + ".") + word).matcher(text).find()
                    || text.contains("import " + typePackage + ".*;") && Pattern.compile(word).matcher(text).find();
        }
    }

    private static List<Source> sources(Path... roots) {
        List<Source> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sources.add(source(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static Source source(Path file) {
        try {
            String text = Files.readString(file);
            Matcher m = PACKAGE.matcher(text);
            return new Source(m.find() ? m.group(1) : "", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
