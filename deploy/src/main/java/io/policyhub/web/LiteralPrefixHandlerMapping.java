package io.policyhub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping, with a cheap first test of each candidate: the path must begin with the literal
 * segments its patterns begin with.
 *
 * <p>A path with a variable in it ({@code /portal/api/{token}/acknowledgements}) has no direct look-up, so
 * Spring tests every one of the application's ~150 mappings in turn, request method first, and that test alone
 * reads the method and the Origin header through half a dozen request wrappers per mapping: profiled at ~13% of
 * the CPU of a portal acknowledgement. Comparing a string prefix first rules out all but the few mappings that
 * could match, and leaves the decision about those few to Spring.
 *
 * <p>The test only ever rules out, never in, and it steps aside where a literal could match in another
 * spelling: percent-encoded paths and matrix variables ({@code ;}) are compared against decoded segments by
 * Spring's patterns, so they go through the full matching unfiltered. Patterns are case-sensitive (Spring's
 * default, which this application keeps).
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    /** Replaced, never changed, on registration (at start-up), so that look-ups read it without locking. */
    private volatile Map<RequestMappingInfo, String[]> literalPrefixes = new IdentityHashMap<>();

    /** The path being looked up, read once per request rather than once per candidate mapping. */
    private final ThreadLocal<@Nullable String> pathBeingLookedUp = new ThreadLocal<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        var prefixes = new IdentityHashMap<>(literalPrefixes);
        prefixes.put(mapping, literalPrefixes(mapping));
        literalPrefixes = prefixes;
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        boolean comparable = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
        pathBeingLookedUp.set(comparable ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            pathBeingLookedUp.remove();
        }
    }

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = pathBeingLookedUp.get();
        String[] prefixes = literalPrefixes.get(info);
        if (path != null && prefixes != null && !startsWithAny(path, prefixes)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAny(String path, String[] prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One prefix per pattern; a mapping without path patterns gets "" (no filtering). */
    static String[] literalPrefixes(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return new String[] {""};
        }
        return patterns.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(LiteralPrefixHandlerMapping::literalSegments)
                .toArray(String[]::new);
    }

    /**
     * The pattern's leading whole segments before any variable or wildcard, without the slash after them:
     * {@code /portal/api/{token}} gives {@code /portal/api}, and {@code /admin/**} gives {@code /admin}, which
     * the path {@code /admin} itself must pass, as {@code /**} also matches no segment at all.
     */
    static String literalSegments(String pattern) {
        int wildcard = pattern.length();
        for (char special : new char[] {'{', '*', '?'}) {
            int at = pattern.indexOf(special);
            if (at >= 0 && at < wildcard) {
                wildcard = at;
            }
        }
        int lastSlash = pattern.lastIndexOf('/', wildcard - 1);
        return lastSlash <= 0 ? "" : pattern.substring(0, lastSlash);
    }
}
