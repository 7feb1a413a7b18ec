package org.infoshare.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The bench's output through java.util.logging (no extra dependency): progress lines, timed, on
 * standard error; the table alone on standard output, so it can be redirected on its own.
 */
final class Log {

    private static final Logger PROGRESS = logger("org.infoshare.bench.progress", FileDescriptor.err, true);
    private static final Logger TABLE = logger("org.infoshare.bench.table", FileDescriptor.out, false);

    void line(String text) {
        PROGRESS.info(text);
    }

    void failure(String text, Throwable cause) {
        PROGRESS.log(Level.SEVERE, text, cause);
    }

    void table(String markdown) {
        TABLE.info("\n" + markdown);
    }

    private static Logger logger(String name, FileDescriptor stream, boolean timed) {
        Logger logger = Logger.getLogger(name);
        logger.setUseParentHandlers(false);
        Handler handler = new StreamHandler(new FileOutputStream(stream), new Lines(timed)) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush(); // progress must show as it happens
            }
        };
        logger.addHandler(handler);
        return logger;
    }

    /** The message as given (with the time of day when timed) and any stack trace. */
    private static final class Lines extends Formatter {
        private final boolean timed;

        Lines(boolean timed) {
            this.timed = timed;
        }

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder();
            if (timed) {
                line.append(LocalTime.now().truncatedTo(ChronoUnit.SECONDS)).append(' ');
            }
            line.append(record.getMessage()).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
