/** How the application uses the JVM it runs on. */
@NullMarked
package io.policyhub.runtime;

import org.jspecify.annotations.NullMarked;
