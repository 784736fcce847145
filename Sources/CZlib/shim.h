#ifndef CLAIMCHECK_ZLIB_SHIM_H
#define CLAIMCHECK_ZLIB_SHIM_H

#include <zlib.h>

// zlib's init functions are macros that pass the library version and the stream's size;
// Swift cannot call macros, hence these wrappers.

// Inflates gzip members (window bits 15, +16 for the gzip wrapper).
static inline int claimcheck_inflateInitGzip(z_streamp stream) {
    return inflateInit2(stream, 15 + 16);
}

// Deflates one gzip member at `level`.
static inline int claimcheck_deflateInitGzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

#endif
