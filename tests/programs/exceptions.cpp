// C++ exceptions (clang-19 -fwasm-exceptions, which emits the legacy form: built with
// --legacy-exceptions): throw, catch by type, catch (...), `throw;` rethrow across
// several functions, destructors run during unwinding, 1000 throws in a loop. Linked
// with tests/support/w2n_cxxeh.c (the C++ exception runtime) and libc++abi.
// stdout: ~Guard 1
// stdout: ~Guard 2
// stdout: top(0) = 0
// stdout: ~Guard 1
// stdout: ~Guard 2
// stdout: top caught Error 11
// stdout: top(1) = -11
// stdout: ~Guard 1
// stdout: middle caught Other 22, rethrowing
// stdout: ~Guard 2
// stdout: top caught something else
// stdout: top(2) = -1
// stdout: caught 1000, sum 5000
#include <cstdio>

struct Guard {
    int id;
    explicit Guard(int i) : id(i) {}
    ~Guard() { std::printf("~Guard %d\n", id); }
};
struct Error { int code; };
struct Other { int code; };

__attribute__((noinline)) int leaf(int x) {
    Guard g(1);
    if (x == 1) throw Error{10 + x};
    if (x == 2) throw Other{20 + x};
    return x;
}

__attribute__((noinline)) int middle(int x) {
    Guard g(2);
    try {
        return leaf(x) * 100;
    } catch (Other& o) {
        std::printf("middle caught Other %d, rethrowing\n", o.code);
        throw;
    }
}

__attribute__((noinline)) int top(int x) {
    try {
        return middle(x);
    } catch (Error& e) {
        std::printf("top caught Error %d\n", e.code);
        return -e.code;
    } catch (...) {
        std::printf("top caught something else\n");
        return -1;
    }
}

__attribute__((noinline)) void thrower(int v) { throw Error{v}; }

int main() {
    for (int i = 0; i < 3; i++) std::printf("top(%d) = %d\n", i, top(i));
    int n = 0, sum = 0;
    for (int i = 0; i < 1000; i++) {
        try {
            thrower(5);
        } catch (const Error& e) {
            n++;
            sum += e.code;
        }
    }
    std::printf("caught %d, sum %d\n", n, sum);
    return 0;
}
