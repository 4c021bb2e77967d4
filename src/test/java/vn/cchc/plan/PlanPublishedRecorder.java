package vn.cchc.plan;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener of the shared test context that keeps every {@link PlanPublished} it receives, as another module would. */
@Component
public class PlanPublishedRecorder {

    static final List<PlanPublished> RECEIVED = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(PlanPublished event) {
        RECEIVED.add(event);
    }
}
