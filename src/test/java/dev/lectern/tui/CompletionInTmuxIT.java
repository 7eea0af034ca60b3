package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern completion bash}, sourced in a real bash in tmux, completes what a person types. */
class CompletionInTmuxIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private Tmux tmux;

    @BeforeEach
    void bashWithTheCompletionLoaded() throws IOException, InterruptedException {
        assumeTrue(Tmux.installed(), "tmux is not installed (.ci/run installs it); skipping the completion test");
        Path bin = Files.createDirectory(folder.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lectern"), Tmux.projectRoot().resolve("lectern"));
        Files.createDirectory(folder.resolve("questions"));
        Files.writeString(folder.resolve("questions/week-1.yaml"), "title: x\n");
        tmux = Tmux.shell(100, 30, folder, bin);
        tmux.type("source <(lectern completion bash) && echo COMPLETION-READY");
        tmux.press("Enter");
        tmux.await("the completion script to load", s -> s.contains("\nCOMPLETION-READY"), WAIT);
        tmux.press("C-l");
        tmux.await("a clear prompt", s -> s.strip().equals("$"), WAIT);
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (tmux != null) {
            tmux.kill();
        }
    }

    @Test
    void aSubcommand_isCompletedFromItsFirstLetters() throws IOException, InterruptedException {
        tmux.type("lectern che");
        tmux.press("Tab");
        String screen = tmux.await("check to be completed", s -> s.contains("$ lectern check"), WAIT);
        assertThat(screen.strip()).isEqualTo("$ lectern check");
    }

    @Test
    void theReportFormats_areOfferedAfterFormat() throws IOException, InterruptedException {
        tmux.type("lectern --format ");
        tmux.press("Tab", "Tab");
        String screen = tmux.await("the formats to be listed", s -> s.contains("jsonl"), WAIT);
        assertThat(screen).contains("csv", "json", "jsonl", "text").doesNotContain("yaml");
    }

    @Test
    void aSetFile_isCompletedWhereASetIsExpected() throws IOException, InterruptedException {
        tmux.type("lectern --batch questions/we");
        tmux.press("Tab");
        String screen = tmux.await("the set file to be completed", s -> s.contains("week-1.yaml"), WAIT);
        assertThat(screen.strip()).isEqualTo("$ lectern --batch questions/week-1.yaml");
    }
}
