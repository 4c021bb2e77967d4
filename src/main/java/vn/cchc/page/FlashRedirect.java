package vn.cchc.page;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.BiConsumer;

/**
 * Post/redirect/get for a write: the write runs, the browser is sent to the page that shows its result, and the
 * outcome travels as a flash attribute (the layout shows {@value #SUCCESS} as a message key). A refusal of the
 * module's own rule type is flashed as the page expects it; anything else is a fault and propagates.
 */
public final class FlashRedirect {

    /** The flash attribute holding the message key of a write that succeeded. */
    public static final String SUCCESS = "flashSuccess";

    private FlashRedirect() {
    }

    public static <E extends RuntimeException> String run(RedirectAttributes redirect, String target, String successKey,
                                                          Class<E> refusal, BiConsumer<E, RedirectAttributes> flashRefusal,
                                                          Runnable write) {
        try {
            write.run();
            redirect.addFlashAttribute(SUCCESS, successKey);
        } catch (RuntimeException e) {
            if (!refusal.isInstance(e)) {
                throw e;
            }
            flashRefusal.accept(refusal.cast(e), redirect);
        }
        return "redirect:" + target;
    }
}
