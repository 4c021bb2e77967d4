package vn.cchc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test reads or acts on rows the demo seeders put in the shared database (the demo accounts, the five seed
 * plans and their progress, the demo reports, rounds and dossiers), so it only holds where the demo is loaded. A test
 * without it creates what it needs. {@code DemoDataDeclaredTest} fails when a test refers to demo data without it.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsesDemoData {

    /** What of the demo the test relies on, in a few words (the accounts, the 2024 round…). */
    String value() default "";
}
