package se.namndkoll.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one option of a command that also takes the words given without an option name, as
 * {@code namndkoll check corpus --format json} gives {@code corpus} to {@code --paths}. Such words
 * may stand before, between or after the options.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Positional {}
