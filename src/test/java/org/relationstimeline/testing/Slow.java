package org.relationstimeline.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class or method left out of the fast part of the suite ({@code mvn -B test -Pfast}):
 * it builds a big generated corpus, waits on time-outs, or checks a bound on inputs near the
 * limits. The full suite ({@code mvn -B verify}) runs it. Browser tests are {@link BrowserTest},
 * fuzz regression classes {@link FuzzRegression}; both are slow too.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag(Slow.TAG)
public @interface Slow {
    String TAG = "slow";
}
