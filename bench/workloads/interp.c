/* interp: indirect-call-heavy bytecode interpreter.
 * A small stack VM (locals, calls/returns, jumps) whose dispatch loop calls
 * one handler per instruction through a function-pointer table. The guest
 * program, assembled at start-up, sums gcd(i, f(i)) with a VM-level call per
 * iteration and mixes the total with shifts and xors. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITERS 220000u
#define EXPECTED 0x0740c47e028231e8ull

enum {
    OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_MOD, OP_XOR, OP_SHL,
    OP_SHR, OP_LT, OP_EQ, OP_JMP, OP_JZ, OP_CALL, OP_RET, OP_DUP, OP_DROP, OP_HALT,
    OP_COUNT
};

typedef struct {
    const uint8_t *code;
    uint32_t pc, sp, fp, csp;
    int halted;
    uint32_t stack[256];
    uint32_t locals[8 * 64]; /* 8 locals per frame */
    uint32_t rets[64], fps[64];
    uint64_t executed;
} vm;

static uint32_t imm16(vm *m) {
    uint32_t v = (uint32_t)m->code[m->pc] | (uint32_t)m->code[m->pc + 1] << 8;
    m->pc += 2;
    return v;
}

static void op_push(vm *m) {
    uint32_t v;
    memcpy(&v, m->code + m->pc, 4); /* little-endian on every target */
    m->pc += 4;
    m->stack[m->sp++] = v;
}
static void op_load(vm *m) { m->stack[m->sp++] = m->locals[m->fp + m->code[m->pc++]]; }
static void op_store(vm *m) { m->locals[m->fp + m->code[m->pc++]] = m->stack[--m->sp]; }
#define BINOP(name, expr)                       \
    static void name(vm *m) {                   \
        uint32_t b = m->stack[--m->sp];         \
        uint32_t a = m->stack[m->sp - 1];       \
        m->stack[m->sp - 1] = (expr);           \
    }
BINOP(op_add, a + b)
BINOP(op_sub, a - b)
BINOP(op_mul, a * b)
BINOP(op_mod, b ? a % b : 0)
BINOP(op_xor, a ^ b)
BINOP(op_shl, a << (b & 31))
BINOP(op_shr, a >> (b & 31))
BINOP(op_lt, a < b)
BINOP(op_eq, a == b)
static void op_jmp(vm *m) { m->pc = imm16(m); }
static void op_jz(vm *m) {
    uint32_t target = imm16(m);
    if (m->stack[--m->sp] == 0) m->pc = target;
}
/* CALL target nargs: pops nargs values into locals 0..nargs-1 of a new frame */
static void op_call(vm *m) {
    uint32_t target = imm16(m);
    uint32_t nargs = m->code[m->pc++];
    m->rets[m->csp] = m->pc;
    m->fps[m->csp++] = m->fp;
    m->fp += 8;
    for (uint32_t i = nargs; i-- > 0;) m->locals[m->fp + i] = m->stack[--m->sp];
    m->pc = target;
}
static void op_ret(vm *m) {
    m->csp--;
    m->pc = m->rets[m->csp];
    m->fp = m->fps[m->csp];
}
static void op_dup(vm *m) { m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; }
static void op_drop(vm *m) { m->sp--; }
static void op_halt(vm *m) { m->halted = 1; }

static void (*const handlers[OP_COUNT])(vm *) = {
    op_push, op_load, op_store, op_add, op_sub, op_mul, op_mod, op_xor, op_shl,
    op_shr, op_lt, op_eq, op_jmp, op_jz, op_call, op_ret, op_dup, op_drop, op_halt,
};

/* --- a tiny assembler --- */
static uint8_t code[1024];
static uint32_t pc;
static void emit(uint8_t b) { code[pc++] = b; }
static void emit_push(uint32_t v) { emit(OP_PUSH); memcpy(code + pc, &v, 4); pc += 4; }
static void emit_op1(uint8_t op, uint8_t a) { emit(op); emit(a); }
static uint32_t emit_jump(uint8_t op, uint32_t target) { /* returns patch address */
    emit(op); emit((uint8_t)target); emit((uint8_t)(target >> 8));
    return pc - 2;
}
static void patch(uint32_t at, uint32_t target) { code[at] = (uint8_t)target; code[at + 1] = (uint8_t)(target >> 8); }

static void assemble(uint32_t iters) {
    enum { ACC = 0, I = 1 };
    /* main: acc = 0; i = 1 */
    emit_push(0); emit_op1(OP_STORE, ACC);
    emit_push(1); emit_op1(OP_STORE, I);
    uint32_t loop = pc;
    /* while (i < iters) */
    emit_op1(OP_LOAD, I); emit_push(iters); emit(OP_LT);
    uint32_t exit_patch = emit_jump(OP_JZ, 0);
    /* acc = acc + gcd(i, 1000003 % i + i * 7) */
    emit_op1(OP_LOAD, ACC);
    emit_op1(OP_LOAD, I);
    emit_push(1000003); emit_op1(OP_LOAD, I); emit(OP_MOD);
    emit_op1(OP_LOAD, I); emit_push(7); emit(OP_MUL); emit(OP_ADD);
    uint32_t call_patch = pc + 1;
    emit_jump(OP_CALL, 0); emit(2);
    emit(OP_ADD);
    /* acc = x ^ (x << 5); acc = acc ^ (acc >> 3) */
    emit(OP_DUP); emit_push(5); emit(OP_SHL); emit(OP_XOR);
    emit(OP_DUP); emit_push(3); emit(OP_SHR); emit(OP_XOR);
    emit_op1(OP_STORE, ACC);
    /* i = i + 1 */
    emit_op1(OP_LOAD, I); emit_push(1); emit(OP_ADD); emit_op1(OP_STORE, I);
    emit_jump(OP_JMP, loop);
    patch(exit_patch, pc);
    emit_push(0); emit(OP_DROP);
    emit_op1(OP_LOAD, ACC);
    emit(OP_HALT);

    /* gcd(a, b): locals 0 = a, 1 = b, 2 = t */
    uint32_t gcd = pc;
    patch(call_patch, gcd);
    uint32_t top = pc;
    emit_op1(OP_LOAD, 1); emit_push(0); emit(OP_EQ);
    uint32_t body_patch = emit_jump(OP_JZ, 0);
    emit_op1(OP_LOAD, 0); emit(OP_RET);
    patch(body_patch, pc);
    emit_op1(OP_LOAD, 0); emit_op1(OP_LOAD, 1); emit(OP_MOD); emit_op1(OP_STORE, 2);
    emit_op1(OP_LOAD, 1); emit_op1(OP_STORE, 0);
    emit_op1(OP_LOAD, 2); emit_op1(OP_STORE, 1);
    emit_jump(OP_JMP, top);
}

static uint32_t run(vm *m) {
    while (!m->halted) {
        uint8_t op = m->code[m->pc++];
        handlers[op](m);
        m->executed++;
    }
    return m->stack[m->sp - 1];
}

int main(void) {
    assemble(ITERS);
    vm *m = calloc(1, sizeof *m);
    if (!m) return 2;
    m->code = code;
    uint32_t result = run(m);
    uint64_t acc = ((uint64_t)result << 32) ^ m->executed;
    free(m);
    if (acc != EXPECTED) {
        fprintf(stderr, "interp: WRONG got %016llx expected %016llx\n",
                (unsigned long long)acc, (unsigned long long)EXPECTED);
        return 1;
    }
    printf("interp: ok %016llx\n", (unsigned long long)acc);
    return 0;
}
