package org.summittimeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a timeline file. In {@code mvn verify} this runs the seed corpus and every crash kept
 * under src/test/resources/org/summittimeline/fuzz/LoaderFuzzTestInputs/anyBytes; {@code -Pfuzz} fuzzes it.
 */
class LoaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void anyBytes(byte[] bytes) {
        LoadInvariant.checkBytes(bytes);
    }
}
