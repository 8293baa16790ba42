/* wrong_type.c: a host function whose C type is not the import's must not compile.
 * tests/embed.rs compiles it as is (it must compile), with -DWRONG_DEFINITION (a
 * by-name definition of env.add with f64 for f32: a conflicting-types error against the
 * header's prototype) and with -DWRONG_FIELD (a function of swapped parameter types
 * bound to the imports struct: an incompatible-pointer error under -Werror). */
#include "types.h"

#ifdef WRONG_DEFINITION
double w2n_import_env_add(w2n_instance* caller, uint32_t a, uint64_t b) {
#else
float w2n_import_env_add(w2n_instance* caller, uint32_t a, uint64_t b) {
#endif
    (void)caller;
    return (float)a + (float)b;
}

#ifdef WRONG_FIELD
static float swapped_add(w2n_instance* caller, uint64_t a, uint32_t b) {
#else
static float swapped_add(w2n_instance* caller, uint32_t a, uint64_t b) {
#endif
    (void)caller;
    return (float)a + (float)b;
}

void bind(wasm2native_types_imports* im);
void bind(wasm2native_types_imports* im) { im->env_add = swapped_add; }
