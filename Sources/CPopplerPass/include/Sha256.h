#pragma once
// SHA-256 with the processor's SHA extensions (x86 SHA-NI), for Extraction's FileDigest:
// GLib's portable SHA-256 costs ~53 instructions a byte (27 M for balikesir-2024's 0.5 MB,
// taken beside recognition's finishing after the last page, where both cores are busy);
// the extensions take a quarter of its time. Where the processor has none,
// pp_sha256_accelerated() says so and the caller digests another way.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    uint32_t state[8];
    uint64_t length;
    uint8_t buffer[64];
    size_t buffered;
} pp_sha256;

/// Whether this processor has the SHA extensions (and the SSSE3 / SSE4.1 they are used with).
int pp_sha256_accelerated(void);

/// Only when pp_sha256_accelerated().
void pp_sha256_init(pp_sha256 *context);
void pp_sha256_update(pp_sha256 *context, const void *bytes, size_t count);
/// The digest as 64 lower-case hexadecimal digits and a NUL, as GLib's g_checksum_get_string.
void pp_sha256_finish(pp_sha256 *context, char hex[65]);

#ifdef __cplusplus
}
#endif
