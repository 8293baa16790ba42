/* Helpers that Cranelift-generated SIMD code may call.
 *
 * On x86_64 without SSSE3 (the default, baseline ISA), Cranelift lowers byte shuffles
 * (`i8x16.shuffle`, `i8x16.swizzle`, `i8x16.popcnt`) to a call to
 * `__cranelift_x86_pshufb`, which must behave exactly like the SSSE3 `pshufb`
 * instruction: result byte i is 0 when bit 7 of mask byte i is set, otherwise
 * src[mask[i] & 15]. The function uses the C ABI with both vectors in xmm registers. */
#if defined(__x86_64__)
#include <emmintrin.h>
#include <stdint.h>

__m128i __cranelift_x86_pshufb(__m128i src, __m128i mask);

__m128i __cranelift_x86_pshufb(__m128i src, __m128i mask) {
    uint8_t s[16], m[16], r[16];
    _mm_storeu_si128((__m128i*)s, src);
    _mm_storeu_si128((__m128i*)m, mask);
    for (int i = 0; i < 16; i++) r[i] = (m[i] & 0x80) ? 0 : s[m[i] & 15];
    return _mm_loadu_si128((const __m128i*)r);
}
#else
/* ISO C forbids an empty translation unit. */
typedef int w2n_simd_unused;
#endif
