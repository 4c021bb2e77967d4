package vn.cchc.database;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Listens to {@link RegistryProbe} in the shared test context and fails for the markers a test asks it to. */
@Component
public class RegistryProbeListener {

    static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    static final Set<String> HANDLED = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(RegistryProbe probe) {
        if (FAILING.contains(probe.marker())) {
            throw new IllegalStateException("probe " + probe.marker() + " asked to fail");
        }
        HANDLED.add(probe.marker());
    }
}
