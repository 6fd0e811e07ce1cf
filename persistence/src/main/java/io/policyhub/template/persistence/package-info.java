@NullMarked
package io.policyhub.template.persistence;

import org.jspecify.annotations.NullMarked;
