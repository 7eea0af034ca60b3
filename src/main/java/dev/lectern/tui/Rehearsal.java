package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The text UI on a stand-in for the real terminal (no input, output nowhere), for the launcher's class-data
 * training only ({@code dev.lectern.cli.CdsTraining}): it draws the first view and the next, reads two keys, handles
 * job control and runs the work after the first frame, so the classes the first screens need, down to those of
 * the terminal and of the process that asks its modes, are loaded and so archived. Never on the path of a real
 * start.
 */
public final class Rehearsal {
    private Rehearsal() {}

    /** Returns 0, or 70 when something failed (the archive then simply covers less). */
    public static int run(View first, Theme theme, Runnable afterFirstFrame) {
        // Two keys to read, an arrow (an escape sequence) and a letter, so that reading keys is rehearsed too.
        byte[] keys = "\033[Bx".getBytes(StandardCharsets.US_ASCII);
        try (QuickTerminal terminal =
                QuickTerminal.rehearsal(new ByteArrayInputStream(keys), OutputStream.nullOutputStream())) {
            // TextUi itself is not run (its loop would wait for keys forever) but loaded, so it is archived too.
            Class.forName(TextUi.class.getName());
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            ScreenLoop.Signals signals = JobControl.install(terminal, screen);
            try {
                ScreenLoop loop = new ScreenLoop(screen, theme, signals);
                loop.draw(first);
                afterFirstFrame.run();
                signals.arrived();
                screen.pollInput();
                screen.pollInput();
                first.prepare();
                View next = loop.step(first, new KeyStroke(KeyType.Enter));
                if (next != null) {
                    loop.draw(next);
                }
            } finally {
                signals.uninstall();
            }
            screen.stopScreen();
            return 0;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return 70;
        }
    }
}
