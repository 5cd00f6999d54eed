package org.relationstimeline.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A test class holding Jazzer {@code @FuzzTest}s, which a normal run replays on their kept inputs.
 * The first one installs Jazzer's agent, whose hooks then apply to every class loaded after it and
 * report findings through global state. Isolated classes run alone, after all the concurrent ones
 * (JUnit's parallel executor keeps them for last), so the agent never meets another test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(Slow.TAG)
@Tag("fuzz")
@Isolated
public @interface FuzzRegression {}
