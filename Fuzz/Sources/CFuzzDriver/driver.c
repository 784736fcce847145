#include "CFuzzDriver.h"

// Provided by libFuzzer (linked by -sanitize=fuzzer): the driver without libFuzzer's own main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int claimcheck_fuzz_run(int argc, char **argv, claimcheck_fuzz_callback callback) {
    return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
