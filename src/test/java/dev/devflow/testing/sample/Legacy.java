package dev.devflow.testing.sample;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** An annotation the tests configure as excluding. */
@Retention(RetentionPolicy.CLASS)
public @interface Legacy {
}
