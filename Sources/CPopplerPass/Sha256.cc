// SHA-256 (FIPS 180-4) with the x86 SHA extensions: each 64-byte block in sixteen steps of
// four rounds (sha256rnds2 twice), the message schedule four words at a time (sha256msg1,
// sha256msg2). The state is kept as the instructions want it (ABEF, CDGH) inside a run of
// blocks and put back in order at its end.
#include "Sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define PP_SHA256_X86 1
#endif

namespace {

constexpr uint32_t initialState[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

alignas(16) constexpr uint32_t roundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#if PP_SHA256_X86
__attribute__((target("sha,sse4.1,ssse3"))) void compress(uint32_t state[8], const uint8_t *data, size_t blocks)
{
    // The message's words are big-endian.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0])), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4])), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; blocks > 0; blocks--, data += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        // words[i % 4] holds words 4i … 4i+3 of the schedule once step i has made them.
        __m128i words[4];
        for (int i = 0; i < 16; i++) {
            if (i < 4) {
                words[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], for four t at once:
                // words[i % 4] still holds the four of step i-4, [(i+1) % 4] those of i-3, …
                __m128i sum = _mm_sha256msg1_epu32(words[i % 4], words[(i + 1) % 4]);
                sum = _mm_add_epi32(sum, _mm_alignr_epi8(words[(i + 3) % 4], words[(i + 2) % 4], 4));
                words[i % 4] = _mm_sha256msg2_epu32(sum, words[(i + 3) % 4]);
            }
            const __m128i message = _mm_add_epi32(words[i % 4], _mm_load_si128(reinterpret_cast<const __m128i *>(&roundConstants[4 * i])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(message, 0x0E));
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}
#else
// Never called: pp_sha256_accelerated() is false here.
void compress(uint32_t *, const uint8_t *, size_t) { }
#endif

} // namespace

extern "C" {

int pp_sha256_accelerated(void)
{
#if PP_SHA256_X86
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return 0;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return 0;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
#else
    return 0;
#endif
}

void pp_sha256_init(pp_sha256 *context)
{
    std::memcpy(context->state, initialState, sizeof(initialState));
    context->length = 0;
    context->buffered = 0;
}

void pp_sha256_update(pp_sha256 *context, const void *bytes, size_t count)
{
    const uint8_t *p = static_cast<const uint8_t *>(bytes);
    context->length += count;
    if (context->buffered > 0) {
        const size_t taken = std::min(count, sizeof(context->buffer) - context->buffered);
        std::memcpy(context->buffer + context->buffered, p, taken);
        context->buffered += taken;
        p += taken;
        count -= taken;
        if (context->buffered < sizeof(context->buffer))
            return;
        compress(context->state, context->buffer, 1);
        context->buffered = 0;
    }
    const size_t blocks = count / 64;
    if (blocks > 0)
        compress(context->state, p, blocks);
    p += blocks * 64;
    count -= blocks * 64;
    if (count > 0)
        std::memcpy(context->buffer, p, count);
    context->buffered = count;
}

void pp_sha256_finish(pp_sha256 *context, char hex[65])
{
    // A one bit, zeros up to 8 bytes short of a block's end, then the length in bits.
    const uint64_t bits = context->length * 8;
    uint8_t padding[72] = { 0x80 };
    const size_t zeros = context->buffered < 56 ? 56 - context->buffered : 120 - context->buffered;
    for (int i = 0; i < 8; i++)
        padding[zeros + i] = static_cast<uint8_t>(bits >> (56 - 8 * i));
    pp_sha256_update(context, padding, zeros + 8);
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        const uint8_t byte = static_cast<uint8_t>(context->state[i / 4] >> (24 - 8 * (i % 4)));
        hex[2 * i] = digits[byte >> 4];
        hex[2 * i + 1] = digits[byte & 15];
    }
    hex[64] = '\0';
}

} // extern "C"
