package io.policyhub.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the staff admin pages: it gets the layout's model ({@link AdminPageModel}) and the friendly
 * error pages ({@link AdminErrorPages}). Its handlers name the least role they need with {@link ForStaff},
 * {@link ForEditors} or {@link ForAdmins}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface AdminController {}
