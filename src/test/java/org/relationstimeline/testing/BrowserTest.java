package org.relationstimeline.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that drives Debian's chromium: slow, and never run at the same time as another
 * browser class, so two browsers never compete for the machine's cores and memory (their
 * Playwright waits are then the only thing slowed by load).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(Slow.TAG)
@Tag("browser")
@ResourceLock("chromium")
public @interface BrowserTest {}
