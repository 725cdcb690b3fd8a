package org.genaiplan.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts another process (a child JVM, LibreOffice), kills one, or runs a benchmark: it runs in
 * the integration-test phase (failsafe, {@code mvn verify}), not with the fast tests of {@code mvn test}
 * (surefire). Put it on the class, or on the methods of a class whose other tests are fast.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {
    /** The JUnit tag, as the build selects it ({@code <groups>} / {@code <excludedGroups>} in pom.xml). */
    String TAG = "slow";
}
