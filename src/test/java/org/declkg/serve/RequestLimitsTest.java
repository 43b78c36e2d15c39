package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {
    @Test
    void dotSegmentsAndEncodedSeparatorsLeaveTheFolder() {
        for (String p : new String[] {"/dumps/../", "/dumps/..", "/dumps/./x", "/dumps/%2e%2e/", "/dumps/%2E./",
                "/id/..%2f..", "/id/a%2Fb", "/static/..;/x", "/static/..%5cx", "/static/..\\x", "/.."})
            assertTrue(RequestLimits.leavesItsFolder(p), p);
    }

    @Test
    void ordinaryPathsStayInTheirFolder() {
        for (String p : new String[] {"/", "/dumps/", "/dumps/all.ttl.gz", "/id/place/a..b", "/id/declaration/sco-2025-09-01-0912ef92",
                "/id/place/%E5%A4%A9", "/declkg/sparql", "/$/ping", "/...", null})
            assertFalse(RequestLimits.leavesItsFolder(p), p);
    }
}
