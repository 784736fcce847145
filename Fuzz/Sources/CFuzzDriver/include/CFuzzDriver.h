#ifndef CFUZZDRIVER_H
#define CFUZZDRIVER_H

#include <stddef.h>
#include <stdint.h>

/// One fuzz input: libFuzzer's callback type.
typedef int (*claimcheck_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer with the command line `argv` (libFuzzer flags, corpus folders) and `callback`
/// as the target; returns libFuzzer's exit code.
int claimcheck_fuzz_run(int argc, char **argv, claimcheck_fuzz_callback callback);

#endif
