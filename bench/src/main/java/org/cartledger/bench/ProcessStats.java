package org.cartledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the kernel says of the ledger's process: its CPU time (user and system, /proc/pid/stat) and its
 * resident memory (/proc/pid/status). Linux only, which is where the figures are taken.
 */
final class ProcessStats {

    /** The kernel's clock ticks per second (USER_HZ), 100 on every Linux the bench is meant for. */
    private static final double TICKS_PER_SECOND = ticksPerSecond();

    private ProcessStats() {
    }

    /** User plus system CPU time of the process so far, in milliseconds. */
    static double cpuMillis(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        // the command name (field 2) may hold spaces; the fields are counted after its closing parenthesis
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) * 1000.0 / TICKS_PER_SECOND;
    }

    /** Resident set size now, in bytes. */
    static long rssBytes(long pid) {
        return statusKilobytes(pid, "VmRSS:") * 1024;
    }

    /** The highest resident set size the process has had, in bytes. */
    static long peakRssBytes(long pid) {
        return statusKilobytes(pid, "VmHWM:") * 1024;
    }

    private static long statusKilobytes(long pid, String field) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("No " + field + " in /proc/" + pid + "/status");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + " (the bench reads the ledger's figures from Linux's /proc)", e);
        }
    }

    private static double ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            getconf.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
