package vn.cchc.plan;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.UUID;

/** The writes of directions from the task page: a leader gives one, the addressed unit acknowledges it. */
@Controller
class DirectionPages {

    private final Directions directions;

    DirectionPages(Directions directions) {
        this.directions = directions;
    }

    @PostMapping("/plans/tasks/{id}/directions")
    String give(@PathVariable long id, @RequestParam long unitId, @RequestParam(required = false) String text,
                @RequestParam(required = false) LocalDate due, @RequestParam(required = false) String key,
                RedirectAttributes redirect) {
        return PlanFlash.run(redirect, "/plans/tasks/" + id, "plan.direction.flash.given",
                () -> directions.give(id, unitId, text, due, parse(key)));
    }

    @PostMapping("/plans/directions/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String back,
                       RedirectAttributes redirect) {
        long taskId = directions.find(id).map(Directions.Direction::taskId)
                .orElseThrow(PageNotFound::new);
        // Back to "my tasks" when acknowledged from there; any other value goes to the task page.
        String target = "my-tasks".equals(back) ? "/my-tasks" : "/plans/tasks/" + taskId;
        return PlanFlash.run(redirect, target, "plan.direction.flash.acknowledged",
                () -> directions.acknowledge(id));
    }

    private static UUID parse(String key) {
        try {
            return key == null ? null : UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
