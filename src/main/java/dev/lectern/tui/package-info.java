/**
 * The Lanterna text UI: screens that draw the engine's state and turn keys into engine calls; no grading here.
 *
 * <h2>Start-up, thread by thread</h2>
 * What happens between {@code lectern [SET]} and its first screen, in order ({@code cli.QuizLauncher} drives it
 * through {@code cli.TextScreen}; bench/README.md has what each step saves):
 * <ol>
 *   <li><b>main</b>: {@code cli.Main} runs {@code lectern} and {@code lectern PATH} without picocli
 *   ({@code LecternCommand.plainQuiz}), and {@code QuizLauncher} first starts the <b>lectern-theme</b> thread
 *   ({@link Theme#forStart}: colours, and Lanterna's text cells with their locale data).</li>
 *   <li><b>main</b>: is there a terminal ({@code TextScreen.present}: standard input and output are one) and can
 *   it show the UI ({@code TextScreen.unfit}: {@code TERM=dumb} is refused here, before anything is drawn or the
 *   terminal touched); does the path exist.</li>
 *   <li><b>main</b>: {@code TextScreen.open} starts a {@link TerminalQuery}: the <b>lectern-terminal-query</b>
 *   thread runs one shell that saves the terminal's modes ({@code stty -g}), asks its size ({@code stty size}) and
 *   sets the UI's modes ({@code TerminalQuery.UI_MODES}); a shutdown hook, <b>lectern-terminal-restore</b>, puts
 *   the saved modes back if the process ends before the UI takes over.</li>
 *   <li><b>main</b>, meanwhile: one set is loaded now (its first screen needs it); a folder's sets are not, the
 *   start screen lists their file names and loads them after its first frame ({@link View#prepare}).</li>
 *   <li><b>main</b>: {@link TextUi#run} builds the {@link QuickTerminal}. Lanterna's constructor asks for the
 *   modes to save and set before QuickTerminal's fields exist; QuickTerminal gathers those requests and, taking
 *   over from the query ({@code handOver}: the restore hook goes), runs stty only for what the query could not
 *   do. This reliance on Lanterna 3.1.3 is pinned by {@code QuickTerminalPinTest}. The size is the query's; it
 *   is never asked by a cursor report (which waits 5 s on a terminal that does not answer), only by
 *   {@code stty size} after a resize or a return from Ctrl-Z, else 80×24.</li>
 *   <li><b>main</b>: the screen starts (alternate screen), {@link JobControl} handles SIGTSTP and SIGCONT from now
 *   on, the theme is taken from its thread (waiting, if it is not done), and {@link ScreenLoop} draws the first
 *   frame.</li>
 *   <li><b>main</b>, after the first frame: the history opens on a thread of its own
 *   ({@code HistoryLog.openInBackground}: the SQLite driver takes some 50 ms of a CPU); then the loop waits for
 *   keys. Signals ({@code WINCH} from Lanterna's handler, {@code TSTP} and {@code CONT} from JobControl's) arrive on
 *   the JVM's signal thread and only mark work for the loop's thread, which owns the terminal.</li>
 *   <li>At the end (quit, Ctrl-C, an unexpected error): the signal handlers go and the screen stops (the alternate
 *   screen ends); as the JVM exits, Lanterna's shutdown hook gives the terminal its saved modes back
 *   ({@code QuickTerminal.restoreTerminalSettings}).</li>
 * </ol>
 * The launcher's class-data training runs the same path through {@code cli.CdsTraining}, a main class of its own,
 * on a {@link Rehearsal} stand-in terminal, so the archive covers the first screen without a terminal and without
 * anything of the training in a real start.
 */
package dev.lectern.tui;
