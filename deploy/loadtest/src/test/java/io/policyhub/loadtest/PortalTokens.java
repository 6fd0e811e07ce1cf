package io.policyhub.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plain tokens of links nobody has acknowledged yet (written by sql/generate.sql), handed out once each.
 * One instance feeds both the warm-up and the measured scenario, so no link is ever acknowledged twice; a run
 * records in {@code <file>.used} how many it handed out, and the next run starts after them.
 */
final class PortalTokens implements Iterator<Map<String, Object>> {

    private final ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();
    private final Path used;
    private final long alreadyUsed;
    private final AtomicLong handedOut = new AtomicLong();

    PortalTokens(Path file) {
        used = file.resolveSibling(file.getFileName() + ".used");
        try {
            alreadyUsed = Files.exists(used) ? Long.parseLong(Files.readString(used).strip()) : 0;
            try (var lines = Files.lines(file)) {
                lines.skip(1 + alreadyUsed)
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(tokens::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the portal tokens in " + file, e);
        }
    }

    /** Remembers how far this run got, so that the next one takes fresh links. */
    void recordUse() {
        try {
            Files.writeString(used, Long.toString(alreadyUsed + handedOut.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + used, e);
        }
    }

    int remaining() {
        return tokens.size();
    }

    @Override
    public boolean hasNext() {
        return !tokens.isEmpty();
    }

    @Override
    public Map<String, Object> next() {
        String token = tokens.poll();
        if (token == null) {
            throw new NoSuchElementException("out of unacknowledged portal tokens: generate the data again");
        }
        handedOut.incrementAndGet();
        return Map.of("token", token);
    }
}
