/*
 * semihost.c — the C side of the lx106 sim glue: program entry (sim_main), picolibc's stdin/stdout/stderr and
 * the POSIX calls picolibc needs, all through QEMU's Xtensa semihosting ("simcall": a2 = call number,
 * a3..a5 = arguments; result in a2, errno in a3). fds 0..2 are QEMU's own stdin/stdout/stderr, so the
 * program's stdout reaches the host's stdout byte for byte. Files work too: paths are the host's, relative to
 * QEMU's working directory.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#define SIM_SYS_EXIT 1
#define SIM_SYS_READ 3
#define SIM_SYS_WRITE 4
#define SIM_SYS_OPEN 5
#define SIM_SYS_CLOSE 6
#define SIM_SYS_LSEEK 19
#define SIM_SYS_ARGC 1000
#define SIM_SYS_ARGV_SZ 1001
#define SIM_SYS_ARGV 1002

#define SIM_OUT_BUFFER 256

int main(int argc, char **argv);
void sim_main(void);
_Noreturn void _exit(int status);
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
int close(int fd);
int open(const char *path, int flags, ...);
off_t lseek(int fd, off_t offset, int whence);
pid_t getpid(void);
int kill(pid_t pid, int sig);

static int32_t sim_call(int32_t nr, int32_t a, int32_t b, int32_t c, int32_t *err) {
    register int32_t a2 __asm__("a2") = nr;
    register int32_t a3 __asm__("a3") = a;
    register int32_t a4 __asm__("a4") = b;
    register int32_t a5 __asm__("a5") = c;
    __asm__ volatile("simcall" : "+r"(a2), "+r"(a3) : "r"(a4), "r"(a5) : "memory");
    if (err) *err = a3;
    return a2;
}

/* One output buffer per stream: a simcall per character would dominate the run time of chatty tests. */
typedef struct {
    FILE file; /* first: picolibc hands this pointer back to the callbacks */
    int fd;
    int fill;
    char buf[SIM_OUT_BUFFER];
} sim_stream;

static int sim_flush(FILE *f) {
    sim_stream *s = (sim_stream *)f;
    int done = 0;
    while (done < s->fill) {
        int32_t n = sim_call(SIM_SYS_WRITE, s->fd, (int32_t)(uintptr_t)(s->buf + done), s->fill - done, NULL);
        if (n <= 0) break;
        done += n;
    }
    s->fill = 0;
    return 0;
}

static int sim_put(char c, FILE *f) {
    sim_stream *s = (sim_stream *)f;
    s->buf[s->fill++] = c;
    if (c == '\n' || s->fill == SIM_OUT_BUFFER) sim_flush(f);
    return (unsigned char)c;
}

static int sim_get(FILE *f) {
    (void)f;
    char c;
    return sim_call(SIM_SYS_READ, 0, (int32_t)(uintptr_t)&c, 1, NULL) == 1 ? (unsigned char)c : EOF;
}

static sim_stream sim_stdout = {FDEV_SETUP_STREAM(sim_put, sim_get, sim_flush, _FDEV_SETUP_RW), 1, 0, {0}};
static sim_stream sim_stderr = {FDEV_SETUP_STREAM(sim_put, NULL, sim_flush, _FDEV_SETUP_WRITE), 2, 0, {0}};

FILE *const stdin = &sim_stdout.file;
FILE *const stdout = &sim_stdout.file;
FILE *const stderr = &sim_stderr.file;

void _exit(int status) {
    sim_flush(&sim_stdout.file);
    sim_flush(&sim_stderr.file);
    for (;;) sim_call(SIM_SYS_EXIT, status, 0, 0, NULL);
}

ssize_t write(int fd, const void *buf, size_t n) {
    if (fd == 1 || fd == 2) sim_flush(fd == 1 ? &sim_stdout.file : &sim_stderr.file);
    int32_t err;
    int32_t r = sim_call(SIM_SYS_WRITE, fd, (int32_t)(uintptr_t)buf, (int32_t)n, &err);
    if (r < 0) errno = err;
    return r;
}

ssize_t read(int fd, void *buf, size_t n) {
    int32_t err;
    int32_t r = sim_call(SIM_SYS_READ, fd, (int32_t)(uintptr_t)buf, (int32_t)n, &err);
    if (r < 0) errno = err;
    return r;
}

/* QEMU hands the flags to the host's open(): translate picolibc's O_* to Linux's (the host is Linux). */
int open(const char *path, int flags, ...) {
    int32_t host = flags & O_ACCMODE, mode = 0, err;
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = (int32_t)va_arg(ap, int);
        va_end(ap);
        host |= 0x40;
    }
    if (flags & O_EXCL) host |= 0x80;
    if (flags & O_TRUNC) host |= 0x200;
    if (flags & O_APPEND) host |= 0x400;
    int32_t fd = sim_call(SIM_SYS_OPEN, (int32_t)(uintptr_t)path, host, mode, &err);
    if (fd < 0) errno = err;
    return fd;
}

int close(int fd) { return fd <= 2 ? 0 : sim_call(SIM_SYS_CLOSE, fd, 0, 0, NULL); }

off_t lseek(int fd, off_t offset, int whence) {
    return sim_call(SIM_SYS_LSEEK, fd, (int32_t)offset, whence, NULL);
}

pid_t getpid(void) { return 1; }

/* abort() raises SIGABRT through kill(getpid(), …): exit 128 + signal, as a shell reports a killed process. */
int kill(pid_t pid, int sig) {
    (void)pid;
    _exit(128 + sig);
}

/* Arguments come from QEMU's -semihosting-config arg=…; none is fine. */
static int sim_args(char ***argv_out) {
    static char *no_args[2] = {"prog", NULL};
    int32_t argc = sim_call(SIM_SYS_ARGC, 0, 0, 0, NULL);
    int32_t size = sim_call(SIM_SYS_ARGV_SZ, 0, 0, 0, NULL);
    char **argv = argc > 0 && size > 0 ? malloc((size_t)size) : NULL;
    if (argv == NULL) {
        *argv_out = no_args;
        return 1;
    }
    sim_call(SIM_SYS_ARGV, (int32_t)(uintptr_t)argv, 0, 0, NULL);
    *argv_out = argv;
    return argc;
}

extern char __bss_start[], __bss_end[];
extern void (*__init_array_start[])(void), (*__init_array_end[])(void);

void sim_main(void) {
    memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
    for (void (**f)(void) = __init_array_start; f < __init_array_end; f++) (*f)();
    char **argv;
    int argc = sim_args(&argv);
    exit(main(argc, argv));
}
