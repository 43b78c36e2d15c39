package org.declkg.serve;

/** Paths that try to leave their folder ("..", encoded slashes or dots, backslashes) are refused. */
final class SafePaths {
    private SafePaths() {}

    static boolean isSafe(String path) {
        String p = path.toLowerCase();
        return !(p.contains("..") || p.contains("%2f") || p.contains("%2e") || p.contains("%5c") || p.contains("\\")
                || p.contains("//"));
    }
}
