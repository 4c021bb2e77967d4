package vn.cchc.demo;

import vn.cchc.UsesDemoData;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is loaded only when asked for, and production code does not know it exists. Checked on the compiled
 * classes and the sources rather than by starting an installation without the demo (that would be a second
 * PostgreSQL for the suite); FirstAdministratorTest starts one anyway and finds no demo administrator there.
 */
@UsesDemoData("the demo seeders, read as classes")
class DemoStaysApartTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.cchc");

    @Test
    void everyBeanOfTheDemoModuleIsOffUnlessTheDemoProfileIsActive() {
        List<Class<?>> beans = PRODUCTION.stream().filter(c -> c.getPackageName().equals("vn.cchc.demo"))
                .map(JavaClass::reflect).filter(c -> AnnotatedElementUtils.hasAnnotation(c, Component.class)).toList();
        assertThat(beans).extracting(Class::getSimpleName)
                .contains("DemoAccounts", "DemoPlans", "DemoDossiers", "DemoReports", "DemoScoring", "SeedingClock");
        assertThat(beans).allSatisfy(bean -> {
            Profile profile = AnnotatedElementUtils.findMergedAnnotation(bean, Profile.class);
            assertThat(profile).as("%s has a @Profile", bean.getSimpleName()).isNotNull();
            // every other profile there is (test, command, json-logs, production's default) active, only demo missing
            assertThat(Profiles.of(profile.value()).matches(active -> !active.equals("demo")))
                    .as("%s stays off without the demo profile", bean.getSimpleName()).isFalse();
            assertThat(Profiles.of(profile.value()).matches(active -> active.equals("demo")))
                    .as("%s is on with the demo profile", bean.getSimpleName()).isTrue();
        });
    }

    @Test
    void noProductionClassOutsideTheDemoModuleReferencesIt() {
        noClasses().that().resideOutsideOfPackage("vn.cchc.demo..")
                .should().dependOnClassesThat().resideInAPackage("vn.cchc.demo..")
                .check(PRODUCTION);
    }

    @Test
    void noSqlOfTheDemoModuleRewritesATimestamp() throws IOException {
        // "update score_round set published_at = ..." and the like: history is written when it happens, by the clock
        Pattern rewrite = Pattern.compile("update\\s+\\w+\\s+set\\b[^;\"]*?\\b\\w+_(at|on)\\s*=", Pattern.CASE_INSENSITIVE);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc/demo"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(5);
        for (Path source : sources) {
            String text = Files.readString(source).replaceAll("\"\\s*\\+\\s*\"", "");
            assertThat(rewrite.matcher(text).find()).as("%s rewrites a timestamp with SQL", source.getFileName()).isFalse();
        }
    }
}
