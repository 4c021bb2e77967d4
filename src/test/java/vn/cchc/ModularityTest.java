package vn.cchc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the modules honest: no cycles, no reaching into another module's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(CchcApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleSaysWhatItOwns() {
        modules.forEach(module -> assertThat(getClass().getClassLoader()
                .getResource(module.getBasePackage().getName().replace('.', '/') + "/package-info.class"))
                .as("package-info.java of module %s", module.getIdentifier())
                .isNotNull());
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
    }
}
