/** How HTTP requests find their handler, shared by the API, the admin pages and the portal. */
@NullMarked
package io.policyhub.web;

import org.jspecify.annotations.NullMarked;
