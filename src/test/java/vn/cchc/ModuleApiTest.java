package vn.cchc;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's root package shows only what others use. A public top-level type there is API when a source file of
 * another package (another module, a sub-package, a test outside the module's package) names it, through an import
 * or its qualified name, or when it appears in the signature of another API type's public members (the handler a
 * caller passes as a lambda, the record a method returns); every other type is package-private, so it cannot become
 * API by accident. Names are read from the sources, not the bytecode, which loses inlined constants and the types of
 * local variables that still need the type to be public.
 */
class ModuleApiTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    @Test
    void everyPublicTypeOfAModuleRootIsUsedByAnotherPackage() {
        List<Source> sources = sources(Path.of("src/main/java"), Path.of("src/test/java"));
        var mainClasses = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("vn.cchc");
        Set<String> roots = new HashSet<>();
        ApplicationModules.of(CchcApplication.class).forEach(module -> roots.add(module.getBasePackage().getName()));
        List<JavaClass> candidates = mainClasses.stream()
                .filter(type -> roots.contains(type.getPackageName()) && type.isTopLevelClass())
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .toList();

        Set<JavaClass> api = candidates.stream()
                .filter(type -> sources.stream().anyMatch(source -> source.names(type.getPackageName(), type.getSimpleName())))
                .collect(Collectors.toCollection(HashSet::new));
        // java.util.ServiceLoader only instantiates public classes, so a provider named in META-INF/services is API.
        Set<String> providers = serviceProviders(Path.of("src/main/resources/META-INF/services"));
        api.addAll(candidates.stream().filter(type -> providers.contains(type.getName())).toList());
        boolean grew = true;
        while (grew) {
            Set<String> exposed = api.stream().flatMap(type -> signatureTypes(type, mainClasses))
                    .collect(Collectors.toSet());
            grew = api.addAll(candidates.stream().filter(type -> exposed.contains(type.getName())).toList());
        }

        assertThat(candidates.stream().filter(type -> !api.contains(type)).map(JavaClass::getName).sorted())
                .as("public types of a module root that no other package uses: make them package-private")
                .isEmpty();
    }

    private static Set<String> serviceProviders(Path services) {
        if (!java.nio.file.Files.isDirectory(services)) {
            return Set.of();
        }
        try (Stream<Path> files = java.nio.file.Files.list(services)) {
            return files.flatMap(file -> {
                try {
                    return java.nio.file.Files.readAllLines(file).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(line -> line.replaceAll("#.*", "").trim()).filter(line -> !line.isEmpty()).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The top-level types named in the public signatures of a type and of its public nested types. */
    private static Stream<String> signatureTypes(JavaClass type, JavaClasses classes) {
        List<JavaType> types = new ArrayList<>();
        collect(type, types);
        classes.stream()
                .filter(nested -> nested.getName().startsWith(type.getName() + "$"))
                .filter(nested -> nested.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(nested -> collect(nested, types));
        return types.stream()
                .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .map(JavaClass::getName)
                .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
    }

    private static void collect(JavaClass type, List<JavaType> types) {
        type.getSuperclass().ifPresent(types::add);
        types.addAll(type.getInterfaces());
        for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (unit.getModifiers().contains(JavaModifier.PUBLIC) || unit.getModifiers().contains(JavaModifier.PROTECTED)) {
                types.addAll(unit.getParameterTypes());
                types.add(unit.getReturnType());
                types.addAll(unit.getThrowsClause().getTypes());
            }
        }
        for (JavaField field : type.getFields()) {
            if (field.getModifiers().contains(JavaModifier.PUBLIC)) types.add(field.getType());
        }
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
