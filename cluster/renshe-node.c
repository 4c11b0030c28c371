/*
** cluster/renshe-node.c: a dqlite node with renshe in every connection, and the few client
** requests a cluster needs that the `dqlite` shell (go-dqlite) does not make.
**
** Usage (make cluster builds build/cluster/renshe-node; docs/cluster.md has the whole walk):
**   renshe-node serve --id 1 --address 127.0.0.1:9001 --dir /var/lib/renshe/n1
**   renshe-node serve --id 2 --address 127.0.0.1:9002 --dir /var/lib/renshe/n2 --join 127.0.0.1:9001
**   renshe-node exec --cluster 127.0.0.1:9001,127.0.0.1:9002 --db office < sql/schema.sql
**   renshe-node query --cluster 127.0.0.1:9002 --db office "SELECT policy_install('zibo', '...')"
**   renshe-node leader --cluster 127.0.0.1:9002                  -> 1 127.0.0.1:9001
**   renshe-node transfer --cluster 127.0.0.1:9001 --to 2
**   dqlite -s 127.0.0.1:9001 office "SELECT check_idcard('11010519491231002X')"
**
** serve: starts a node of libdqlite 1.11 (Raft over SQLite) and keeps it until SIGTERM or SIGINT.
**   --id N          the node's id, the same at every start; node 1 forms a new cluster the first
**                   time its data directory is empty (dqlite's rule: only id 1 bootstraps).
**   --address H:P   where clients and the other nodes reach it (also the address it binds).
**   --dir D         its data directory (Raft log and snapshots), created if missing.
**   --join A[,A..]  any nodes of the cluster: once started, the node asks the leader to add it
**                   and make it a voter, unless it is one already (so the same command restarts
**                   it). Without --join a node other than 1 serves only once a member adds it.
**   --latency-ms M  the expected one-way network latency; Raft's heartbeat is 1.5 M and its
**                   election timeout 15 M (dqlite_node_set_network_latency_ms). Default: dqlite's.
**   --timeout S     how long the join may take (default 30 s).
**   It prints "renshe-node N: serving on A" when it accepts connections and "renshe-node N:
**   voter" once it is a voting member, both on stdout.
** exec: sends the SQL (the argument, or standard input without one) to the leader as one request:
**   every statement of it runs there in turn, as `sqlite3 db < file` would (dqlite's EXEC_SQL).
**   Nothing is printed on success; a failure prints "Error: <SQLite's message>" on stderr and
**   exits 1, and the statement that failed and those after it are not applied (those before it
**   are, each its own transaction, unless inside BEGIN ... COMMIT: an open transaction is rolled
**   back when exec disconnects). --db names the database (default "renshe"). A statement that
**   returns rows fails in exec ("another row available"): use query.
** query: runs one statement (the argument, or standard input) on the leader inside BEGIN ...
**   COMMIT, as the dqlite shell does, and prints its rows as sqlite3's list mode does: values
**   joined by '|', NULL as nothing, one row a line. A SELECT that writes (policy_install,
**   policy_rollback) goes through query; its writes are replicated at the COMMIT.
** leader: prints the leader's id and address.
** transfer --to N: asks the leader to hand leadership to node N (a voter) and waits for it.
** Every client command finds the leader from any of the --cluster addresses and gives up after
** --timeout seconds (default 30). Exit status: 0 done, 1 failed (message on stderr), 2 usage.
**
** How renshe gets into dqlite: the extension's sources are compiled into this program with
** -DSQLITE_CORE and sqlite3_renshe_init is registered with sqlite3_auto_extension before the node
** starts, so every connection dqlite opens (on the leader, one per client and database) has the
** whole of renshe. Compiled in rather than dlopen'd:
** one file to deploy per machine, and no node can load an extension of another version than the
** one it was built with (every node of a cluster must evaluate the same CHECK constraints alike:
** a follower that becomes leader takes over the writes).
**
** The client requests speak dqlite's wire protocol, version 1 (https://dqlite.io/docs/reference/
** wire-protocol; go-dqlite's internal/protocol is the other implementation): an 8-byte handshake,
** then messages of an 8-byte header (body length in 8-byte words, type, revision, 2 unused bytes)
** and a body of little-endian 64-bit integers and NUL-terminated texts padded to 8 bytes.
*/
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <dqlite.h>
#include <sqlite3.h>

int sqlite3_renshe_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

/* {====== the wire protocol */

#define WIRE_VERSION 1
#define WIRE_MAX_BODY (64u << 20) /* a larger response is refused, not allocated */

/* Request types (dqlite's src/request.h). */
#define REQ_LEADER 0
#define REQ_OPEN 3
#define REQ_EXEC_SQL 8
#define REQ_QUERY_SQL 9
#define REQ_ADD 12
#define REQ_ASSIGN 13
#define REQ_CLUSTER 16
#define REQ_TRANSFER 17
/* Response types. */
#define RES_FAILURE 0
#define RES_NODE 1
#define RES_NODES 3
#define RES_DB 4
#define RES_RESULT 6
#define RES_ROWS 7
#define RES_EMPTY 8

#define ROLE_VOTER 0

/* Column types of a row, and the markers that end a ROWS body in place of a row header. */
#define COL_INTEGER 1
#define COL_FLOAT 2
#define COL_TEXT 3
#define COL_BLOB 4
#define COL_NULL 5
#define COL_UNIXTIME 9
#define COL_ISO8601 10
#define COL_BOOLEAN 11
#define ROWS_PART 0xee /* more rows follow in another message */
#define ROWS_DONE 0xff

/* A message body being built or read. */
typedef struct Wire {
  unsigned char *a;
  size_t n;   /* bytes used (building) or available (reading) */
  size_t cap; /* allocated */
  size_t i;   /* read position */
  int type;   /* message type of a received message */
} Wire;

static void wire_reset(Wire *w) {
  w->n = 0;
  w->i = 0;
  w->type = -1;
}

static int wire_reserve(Wire *w, size_t n) {
  if (w->n + n <= w->cap) return 0;
  size_t cap = w->cap ? w->cap : 256;
  while (cap < w->n + n) cap *= 2;
  unsigned char *a = realloc(w->a, cap);
  if (!a) return -1;
  w->a = a;
  w->cap = cap;
  return 0;
}

static int wire_put_u64(Wire *w, uint64_t v) {
  if (wire_reserve(w, 8)) return -1;
  for (int k = 0; k < 8; k++) w->a[w->n++] = (unsigned char)(v >> (8 * k));
  return 0;
}

/* The text, its NUL, and zeros up to the next multiple of 8. */
static int wire_put_text(Wire *w, const char *z) {
  size_t len = strlen(z) + 1;
  size_t padded = (len + 7) & ~(size_t)7;
  if (wire_reserve(w, padded)) return -1;
  memcpy(w->a + w->n, z, len);
  memset(w->a + w->n + len, 0, padded - len);
  w->n += padded;
  return 0;
}

static int wire_get_u64(Wire *w, uint64_t *pV) {
  if (w->n - w->i < 8) return -1;
  uint64_t v = 0;
  for (int k = 7; k >= 0; k--) v = (v << 8) | w->a[w->i + (size_t)k];
  w->i += 8;
  *pV = v;
  return 0;
}

/* A text of the body: points into the buffer. */
static int wire_get_text(Wire *w, const char **pz) {
  const unsigned char *p = memchr(w->a + w->i, 0, w->n - w->i);
  if (!p) return -1;
  size_t len = (size_t)(p - (w->a + w->i)) + 1;
  size_t padded = (len + 7) & ~(size_t)7;
  if (padded > w->n - w->i) return -1;
  *pz = (const char *)(w->a + w->i);
  w->i += padded;
  return 0;
}

static int io_write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n > 0) {
    ssize_t k = send(fd, c, n, MSG_NOSIGNAL);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    c += k;
    n -= (size_t)k;
  }
  return 0;
}

static int io_read_all(int fd, void *p, size_t n) {
  char *c = p;
  while (n > 0) {
    ssize_t k = recv(fd, c, n, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    c += k;
    n -= (size_t)k;
  }
  return 0;
}

/* Sends the body built in w as a message of the given type. */
static int wire_send(int fd, int type, Wire *w) {
  unsigned char h[8] = {0};
  uint32_t words = (uint32_t)(w->n / 8);
  for (int k = 0; k < 4; k++) h[k] = (unsigned char)(words >> (8 * k));
  h[4] = (unsigned char)type;
  if (io_write_all(fd, h, 8)) return -1;
  return io_write_all(fd, w->a, w->n);
}

/* Receives one message into w (type in w->type). */
static int wire_recv(int fd, Wire *w) {
  unsigned char h[8];
  wire_reset(w);
  if (io_read_all(fd, h, 8)) return -1;
  uint32_t words = (uint32_t)h[0] | (uint32_t)h[1] << 8 | (uint32_t)h[2] << 16 | (uint32_t)h[3] << 24;
  if (words > WIRE_MAX_BODY / 8) return -1;
  if (wire_reserve(w, (size_t)words * 8)) return -1;
  if (io_read_all(fd, w->a, (size_t)words * 8)) return -1;
  w->n = (size_t)words * 8;
  w->type = h[4];
  return 0;
}

/* }====== */

/* {====== a client connection to the leader */

typedef struct Client {
  char **azAddr; /* the --cluster addresses */
  int nAddr;
  double deadline; /* seconds, monotonic */
  char zErr[512];  /* the last failure, for the final message */
  Wire w;
} Client;

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void sleep_ms(int ms) {
  struct timespec t = {ms / 1000, (long)(ms % 1000) * 1000000L};
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
  }
}

/* Splits "host:port" at its last colon (an IPv6 host comes in brackets: [::1]:9001). */
static int addr_split(const char *zAddr, char *zHost, size_t nHost, char *zPort, size_t nPort) {
  const char *c = strrchr(zAddr, ':');
  if (!c || c == zAddr || !c[1]) return -1;
  const char *h = zAddr;
  size_t n = (size_t)(c - zAddr);
  if (h[0] == '[' && n >= 2 && h[n - 1] == ']') {
    h++;
    n -= 2;
  }
  if (n + 1 > nHost || strlen(c + 1) + 1 > nPort) return -1;
  memcpy(zHost, h, n);
  zHost[n] = 0;
  strcpy(zPort, c + 1);
  return 0;
}

/* A TCP connection to zAddr with the protocol handshake done; every later send and receive
** gives up after the seconds left before the deadline (at least one). */
static int client_dial(Client *c, const char *zAddr) {
  char zHost[256], zPort[32];
  if (addr_split(zAddr, zHost, sizeof zHost, zPort, sizeof zPort)) {
    snprintf(c->zErr, sizeof c->zErr, "%s: not an address of the form host:port", zAddr);
    return -1;
  }
  struct addrinfo hints, *pRes = 0;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  int rc = getaddrinfo(zHost, zPort, &hints, &pRes);
  if (rc != 0) {
    snprintf(c->zErr, sizeof c->zErr, "%s: %s", zAddr, gai_strerror(rc));
    return -1;
  }
  int fd = -1;
  for (struct addrinfo *a = pRes; a && fd < 0; a = a->ai_next) {
    fd = socket(a->ai_family, a->ai_socktype, a->ai_protocol);
    if (fd < 0) continue;
    double left = c->deadline - now_s();
    struct timeval tv = {left > 1 ? (time_t)left : 1, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
      snprintf(c->zErr, sizeof c->zErr, "%s: %s", zAddr, strerror(errno));
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(pRes);
  if (fd < 0) return -1;
  unsigned char v[8] = {0};
  v[0] = WIRE_VERSION;
  if (io_write_all(fd, v, 8)) {
    snprintf(c->zErr, sizeof c->zErr, "%s: handshake failed", zAddr);
    close(fd);
    return -1;
  }
  return fd;
}

/* The text of a FAILURE response into c->zErr; -1 always, for `return client_failure(...)`.
** A FAILURE body is a code and a text. When a query fails after its first step, dqlite 1.11
** sends the rows it had begun (column count, names, rows) before the code and the text, in the
** same body: then the text is the one that ends the body, after the last NUL before it (texts
** start on 8-byte boundaries, and the code's high bytes are zeros). */
static int client_failure(Client *c, const char *zWhat) {
  uint64_t code = 0;
  const char *z = "";
  if (c->w.type != RES_FAILURE) {
    snprintf(c->zErr, sizeof c->zErr, "%s: unexpected response type %d", zWhat, c->w.type);
    return -1;
  }
  if (wire_get_u64(&c->w, &code) || wire_get_text(&c->w, &z)) z = "(unreadable failure)";
  if (c->w.i < c->w.n) {
    size_t end = c->w.n;
    while (end > 0 && c->w.a[end - 1] == 0) end--;
    size_t start = end;
    while (start > 0 && c->w.a[start - 1] != 0) start--;
    if (end > start && start >= 8 && start % 8 == 0) z = (const char *)(c->w.a + start);
  }
  snprintf(c->zErr, sizeof c->zErr, "%s", z);
  return -1;
}

/* Asks the node on fd who leads: its id and address (copied to zAddr; empty when none). */
static int client_ask_leader(Client *c, int fd, uint64_t *pId, char *zAddr, size_t nAddr) {
  const char *z;
  wire_reset(&c->w);
  if (wire_put_u64(&c->w, 0) || wire_send(fd, REQ_LEADER, &c->w) || wire_recv(fd, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "asking for the leader: connection lost");
    return -1;
  }
  if (c->w.type != RES_NODE) return client_failure(c, "leader");
  if (wire_get_u64(&c->w, pId) || wire_get_text(&c->w, &z) || strlen(z) + 1 > nAddr) {
    snprintf(c->zErr, sizeof c->zErr, "leader: malformed response");
    return -1;
  }
  strcpy(zAddr, z);
  return 0;
}

/* A connection to the leader, found from any of the addresses and confirmed by the leader
** itself (it answers with its own address), retried until the deadline. */
static int client_leader(Client *c, uint64_t *pId, char *zLeader, size_t nLeader) {
  for (;;) {
    for (int k = 0; k < c->nAddr; k++) {
      uint64_t id;
      char zAddr[256] = "", zAgain[256] = "";
      int fd = client_dial(c, c->azAddr[k]);
      if (fd < 0) continue;
      if (client_ask_leader(c, fd, &id, zAddr, sizeof zAddr) || !zAddr[0]) {
        if (!zAddr[0]) snprintf(c->zErr, sizeof c->zErr, "%s: no leader known (yet)", c->azAddr[k]);
        close(fd);
        continue;
      }
      if (strcmp(zAddr, c->azAddr[k]) != 0) {
        close(fd);
        fd = client_dial(c, zAddr);
        if (fd < 0) continue;
        uint64_t id2;
        if (client_ask_leader(c, fd, &id2, zAgain, sizeof zAgain) || strcmp(zAgain, zAddr) != 0) {
          snprintf(c->zErr, sizeof c->zErr, "%s: leadership is changing", zAddr);
          close(fd);
          continue;
        }
      }
      if (pId) *pId = id;
      if (zLeader) snprintf(zLeader, nLeader, "%s", zAddr);
      return fd;
    }
    if (now_s() > c->deadline) {
      char zLast[256]; /* the last failure, cut to fit */
      memcpy(zLast, c->zErr, sizeof zLast - 1);
      zLast[sizeof zLast - 1] = 0;
      snprintf(c->zErr, sizeof c->zErr, "no leader found in time (a majority of the nodes must be up); last: %s",
               zLast);
      return -1;
    }
    sleep_ms(100);
  }
}

/* A request whose answer is EMPTY (add, assign, transfer). */
static int client_empty(Client *c, int fd, int type, const char *zWhat) {
  if (wire_send(fd, type, &c->w) || wire_recv(fd, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "%s: connection lost", zWhat);
    return -1;
  }
  return c->w.type == RES_EMPTY ? 0 : client_failure(c, zWhat);
}

/* The role of node id in the cluster's configuration: 1 and *pRole when it is a member, 0 when
** not, -1 on failure. */
static int client_role(Client *c, int fd, uint64_t id, uint64_t *pRole) {
  uint64_t n;
  wire_reset(&c->w);
  if (wire_put_u64(&c->w, 1) || wire_send(fd, REQ_CLUSTER, &c->w) || wire_recv(fd, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "cluster: connection lost");
    return -1;
  }
  if (c->w.type != RES_NODES) return client_failure(c, "cluster");
  if (wire_get_u64(&c->w, &n)) return -1;
  for (uint64_t k = 0; k < n; k++) {
    uint64_t nodeId, role;
    const char *z;
    if (wire_get_u64(&c->w, &nodeId) || wire_get_text(&c->w, &z) || wire_get_u64(&c->w, &role)) {
      snprintf(c->zErr, sizeof c->zErr, "cluster: malformed response");
      return -1;
    }
    if (nodeId == id) {
      *pRole = role;
      return 1;
    }
  }
  return 0;
}

/* }====== */

/* {====== command line */

static void usage(void) {
  fputs("usage: renshe-node serve --id N --address HOST:PORT --dir DIR [--join ADDR[,ADDR...]]\n"
        "                         [--latency-ms MS] [--timeout S]\n"
        "       renshe-node exec --cluster ADDR[,ADDR...] [--db NAME] [--timeout S] [SQL]\n"
        "       renshe-node query --cluster ADDR[,ADDR...] [--db NAME] [--timeout S] [SQL]\n"
        "       renshe-node leader --cluster ADDR[,ADDR...] [--timeout S]\n"
        "       renshe-node transfer --cluster ADDR[,ADDR...] --to N [--timeout S]\n",
        stderr);
}

typedef struct Opts {
  unsigned long long id, to;
  const char *zAddress, *zDir, *zJoin, *zCluster, *zDb, *zSql;
  unsigned latencyMs;
  double timeout;
} Opts;

static int parse_count(const char *zOpt, const char *z, unsigned long long max, unsigned long long *pV) {
  char *zEnd;
  errno = 0;
  unsigned long long v = strtoull(z, &zEnd, 10);
  if (!z[0] || *zEnd || errno || v == 0 || v > max || z[0] == '-') {
    fprintf(stderr, "renshe-node: %s: '%s' is not a whole number from 1 to %llu\n", zOpt, z, max);
    return -1;
  }
  *pV = v;
  return 0;
}

static int parse_opts(int argc, char **argv, Opts *o) {
  memset(o, 0, sizeof *o);
  o->zDb = "renshe";
  o->timeout = 30;
  for (int k = 2; k < argc; k++) {
    const char *a = argv[k];
    const char *v = k + 1 < argc ? argv[k + 1] : 0;
    unsigned long long n;
    if (a[0] != '-' || a[1] == 0 || strchr(a, ' ')) { /* SQL ("-- note ..." too), or "-" */
      if (o->zSql) {
        fprintf(stderr, "renshe-node: one SQL argument at most (quote it)\n");
        return -1;
      }
      o->zSql = a;
      continue;
    }
    if (!v) {
      fprintf(stderr, "renshe-node: %s needs a value\n", a);
      return -1;
    }
    k++;
    if (!strcmp(a, "--id")) {
      if (parse_count(a, v, 1ULL << 62, &o->id)) return -1;
    } else if (!strcmp(a, "--to")) {
      if (parse_count(a, v, 1ULL << 62, &o->to)) return -1;
    } else if (!strcmp(a, "--latency-ms")) {
      if (parse_count(a, v, 3600000, &n)) return -1;
      o->latencyMs = (unsigned)n;
    } else if (!strcmp(a, "--timeout")) {
      if (parse_count(a, v, 86400, &n)) return -1;
      o->timeout = (double)n;
    } else if (!strcmp(a, "--address")) {
      o->zAddress = v;
    } else if (!strcmp(a, "--dir")) {
      o->zDir = v;
    } else if (!strcmp(a, "--join")) {
      o->zJoin = v;
    } else if (!strcmp(a, "--cluster")) {
      o->zCluster = v;
    } else if (!strcmp(a, "--db")) {
      o->zDb = v;
    } else {
      fprintf(stderr, "renshe-node: unknown option %s\n", a);
      return -1;
    }
  }
  return 0;
}

/* A client over the comma-separated addresses zList (modified in place). */
static int client_init(Client *c, char *zList, double timeout) {
  memset(c, 0, sizeof *c);
  c->deadline = now_s() + timeout;
  for (char *p = zList; p && *p;) {
    char *comma = strchr(p, ',');
    if (comma) *comma = 0;
    if (*p) {
      char **a = realloc(c->azAddr, sizeof(char *) * (size_t)(c->nAddr + 1));
      if (!a) return -1;
      c->azAddr = a;
      c->azAddr[c->nAddr++] = p;
    }
    p = comma ? comma + 1 : 0;
  }
  if (c->nAddr == 0) {
    fprintf(stderr, "renshe-node: no address given\n");
    return -1;
  }
  return 0;
}

static void client_free(Client *c) {
  free(c->azAddr);
  free(c->w.a);
}

/* }====== */

/* {====== serve */

/* Makes node o->id a voter through the leader found from o->zJoin, unless it is one already. */
static int serve_join(const Opts *o) {
  char *zList = strdup(o->zJoin);
  Client c;
  int rc = -1;
  if (!zList || client_init(&c, zList, o->timeout)) {
    free(zList);
    return -1;
  }
  while (rc != 0) {
    int fd = client_leader(&c, 0, 0, 0);
    if (fd < 0) break;
    uint64_t role = 0;
    int member = client_role(&c, fd, o->id, &role);
    if (member == 0) {
      wire_reset(&c.w);
      if (wire_put_u64(&c.w, o->id) == 0 && wire_put_text(&c.w, o->zAddress) == 0) {
        member = client_empty(&c, fd, REQ_ADD, "add") == 0 ? 1 : -1;
        role = 1; /* added as a spare: promote below */
      }
    }
    if (member == 1 && role != ROLE_VOTER) {
      wire_reset(&c.w);
      if (wire_put_u64(&c.w, o->id) || wire_put_u64(&c.w, ROLE_VOTER) ||
          client_empty(&c, fd, REQ_ASSIGN, "assign")) {
        member = -1;
      }
    }
    close(fd);
    if (member == 1) rc = 0;
    else if (now_s() > c.deadline) break;
    else sleep_ms(200);
  }
  if (rc != 0) fprintf(stderr, "renshe-node %llu: joining %s failed: %s\n", o->id, o->zJoin, c.zErr);
  client_free(&c);
  free(zList);
  return rc;
}

/* Whether the address can be bound, tried before the node starts: dqlite_node_start reports a
** port in use with no message. */
static int serve_can_bind(const char *zAddr) {
  char zHost[256], zPort[32];
  struct addrinfo hints, *pRes = 0;
  if (addr_split(zAddr, zHost, sizeof zHost, zPort, sizeof zPort)) {
    fprintf(stderr, "renshe-node serve: --address %s: not of the form host:port\n", zAddr);
    return 0;
  }
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  int rc = getaddrinfo(zHost, zPort, &hints, &pRes);
  if (rc != 0) {
    fprintf(stderr, "renshe-node serve: --address %s: %s\n", zAddr, gai_strerror(rc));
    return 0;
  }
  int fd = socket(pRes->ai_family, pRes->ai_socktype, pRes->ai_protocol);
  int one = 1;
  if (fd >= 0) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  int ok = fd >= 0 && bind(fd, pRes->ai_addr, pRes->ai_addrlen) == 0;
  if (!ok) fprintf(stderr, "renshe-node serve: --address %s: %s\n", zAddr, strerror(errno));
  if (fd >= 0) close(fd);
  freeaddrinfo(pRes);
  return ok;
}

static int cmd_serve(const Opts *o) {
  if (!o->id || !o->zAddress || !o->zDir) {
    fprintf(stderr, "renshe-node serve: --id, --address and --dir are required\n");
    return 2;
  }
  if (!serve_can_bind(o->zAddress)) return 1;
  if (mkdir(o->zDir, 0700) != 0 && errno != EEXIST) {
    fprintf(stderr, "renshe-node serve: --dir %s: %s\n", o->zDir, strerror(errno));
    return 1;
  }
  /* Every connection dqlite opens from now on has renshe (SQLITE_CORE: the init takes no API
  ** table). */
  int rc = sqlite3_auto_extension((void (*)(void))sqlite3_renshe_init);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "renshe-node serve: sqlite3_auto_extension: %s\n", sqlite3_errstr(rc));
    return 1;
  }
  /* A peer that dies leaves sockets whose next write raises SIGPIPE, which would end this node
  ** too (libuv does not ignore it): the write's EPIPE is all Raft needs. */
  signal(SIGPIPE, SIG_IGN);
  /* The signals are waited for below; blocked before dqlite's threads start so that none of
  ** them takes one. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, 0);

  dqlite_node *pNode = 0;
  rc = dqlite_node_create(o->id, o->zAddress, o->zDir, &pNode);
  if (rc == 0) rc = dqlite_node_set_bind_address(pNode, o->zAddress);
  if (rc == 0 && o->latencyMs) rc = dqlite_node_set_network_latency_ms(pNode, o->latencyMs);
  if (rc == 0) rc = dqlite_node_start(pNode);
  if (rc != 0) {
    const char *zMsg = pNode ? dqlite_node_errmsg(pNode) : "cannot create the node";
    fprintf(stderr, "renshe-node serve: node %llu at %s: %s (dqlite error %d)\n", o->id, o->zAddress,
            zMsg && zMsg[0] ? zMsg : "cannot start", rc);
    if (pNode) dqlite_node_destroy(pNode);
    return 1;
  }
  printf("renshe-node %llu: serving on %s\n", o->id, o->zAddress);
  fflush(stdout);
  if (o->zJoin) {
    if (serve_join(o) != 0) {
      dqlite_node_stop(pNode);
      dqlite_node_destroy(pNode);
      return 1;
    }
    printf("renshe-node %llu: voter\n", o->id);
    fflush(stdout);
  }
  int sig = 0;
  sigwait(&set, &sig);
  dqlite_node_stop(pNode);
  dqlite_node_destroy(pNode);
  printf("renshe-node %llu: stopped (%s)\n", o->id, sig == SIGINT ? "SIGINT" : "SIGTERM");
  return 0;
}

/* }====== */

/* {====== client commands */

/* Opens database zDb on the leader: its id in *pDb. */
static int client_open(Client *c, int fd, const char *zDb, uint64_t *pDb) {
  wire_reset(&c->w);
  if (wire_put_text(&c->w, zDb) || wire_put_u64(&c->w, 0) || wire_put_text(&c->w, "volatile") ||
      wire_send(fd, REQ_OPEN, &c->w) || wire_recv(fd, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "open %s: connection lost", zDb);
    return -1;
  }
  if (c->w.type != RES_DB) return client_failure(c, "open");
  if (wire_get_u64(&c->w, pDb)) {
    snprintf(c->zErr, sizeof c->zErr, "open: malformed response");
    return -1;
  }
  *pDb &= 0xffffffffu; /* uint32 id, uint32 unused */
  return 0;
}

/* Runs every statement of zSql on the leader (EXEC_SQL). */
static int client_exec(Client *c, int fd, uint64_t db, const char *zSql) {
  wire_reset(&c->w);
  if (wire_put_u64(&c->w, db) || wire_put_text(&c->w, zSql) || wire_send(fd, REQ_EXEC_SQL, &c->w) ||
      wire_recv(fd, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "exec: connection lost (the statements may or may not have run)");
    return -1;
  }
  return c->w.type == RES_RESULT ? 0 : client_failure(c, "exec");
}

/* One value of a row, printed as sqlite3's list mode does (NULL as nothing, REAL as %!.15g). */
static int client_print_value(Client *c, int type) {
  uint64_t v;
  const char *z;
  char zNum[64];
  switch (type) {
    case COL_INTEGER:
    case COL_UNIXTIME:
      if (wire_get_u64(&c->w, &v)) return -1;
      printf("%lld", (long long)v);
      return 0;
    case COL_BOOLEAN:
      if (wire_get_u64(&c->w, &v)) return -1;
      printf("%d", v != 0);
      return 0;
    case COL_FLOAT: {
      double d;
      if (wire_get_u64(&c->w, &v)) return -1;
      memcpy(&d, &v, sizeof d);
      sqlite3_snprintf(sizeof zNum, zNum, "%!.15g", d);
      fputs(zNum, stdout);
      return 0;
    }
    case COL_TEXT:
    case COL_ISO8601:
      if (wire_get_text(&c->w, &z)) return -1;
      fputs(z, stdout);
      return 0;
    case COL_BLOB:
      if (wire_get_u64(&c->w, &v) || v > c->w.n - c->w.i) return -1;
      fwrite(c->w.a + c->w.i, 1, (size_t)v, stdout);
      c->w.i += ((size_t)v + 7) & ~(size_t)7;
      if (c->w.i > c->w.n) return -1;
      return 0;
    case COL_NULL:
      return wire_get_u64(&c->w, &v);
    default:
      return -1;
  }
}

/* Runs one statement on the leader (QUERY_SQL) and prints its rows, values joined by '|'. */
static int client_query(Client *c, int fd, uint64_t db, const char *zSql) {
  uint64_t nCol;
  wire_reset(&c->w);
  if (wire_put_u64(&c->w, db) || wire_put_text(&c->w, zSql) || wire_send(fd, REQ_QUERY_SQL, &c->w)) {
    snprintf(c->zErr, sizeof c->zErr, "query: connection lost");
    return -1;
  }
  for (;;) {
    const char *z;
    if (now_s() > c->deadline) {
      /* A server that keeps sending empty parts never ends the answer: give up at the deadline
      ** rather than read for ever. */
      snprintf(c->zErr, sizeof c->zErr, "query: no complete answer within the timeout");
      return -1;
    }
    if (wire_recv(fd, &c->w)) {
      snprintf(c->zErr, sizeof c->zErr, "query: connection lost");
      return -1;
    }
    if (c->w.type != RES_ROWS) return client_failure(c, "query");
    if (wire_get_u64(&c->w, &nCol) || nCol > 32767) goto malformed;
    for (uint64_t k = 0; k < nCol; k++) {
      if (wire_get_text(&c->w, &z)) goto malformed;
    }
    size_t nHeader = (((size_t)nCol * 4 + 63) / 64) * 8; /* 4 bits a column, whole words */
    for (;;) {
      if (c->w.i >= c->w.n) goto malformed;
      unsigned char first = c->w.a[c->w.i];
      if (first == ROWS_DONE) return 0;
      if (first == ROWS_PART) break;
      if (nHeader > c->w.n - c->w.i) goto malformed;
      const unsigned char *h = c->w.a + c->w.i;
      c->w.i += nHeader;
      for (uint64_t k = 0; k < nCol; k++) {
        int type = (h[k / 2] >> (k % 2 ? 4 : 0)) & 0x0f;
        if (k > 0) putchar('|');
        if (client_print_value(c, type)) goto malformed;
      }
      putchar('\n');
    }
  }
malformed:
  snprintf(c->zErr, sizeof c->zErr, "query: malformed response");
  return -1;
}

/* The whole of standard input, NUL-terminated. */
static char *read_stdin(void) {
  size_t n = 0, cap = 65536;
  char *z = malloc(cap);
  while (z) {
    if (n + 1 == cap) {
      char *zNew = realloc(z, cap * 2);
      if (!zNew) break;
      z = zNew;
      cap *= 2;
    }
    size_t k = fread(z + n, 1, cap - 1 - n, stdin);
    n += k;
    if (k == 0) {
      if (ferror(stdin)) break;
      z[n] = 0;
      return z;
    }
  }
  free(z);
  return 0;
}

static int cmd_client(const char *zCmd, const Opts *o) {
  if (!o->zCluster) {
    fprintf(stderr, "renshe-node %s: --cluster is required\n", zCmd);
    return 2;
  }
  if (!strcmp(zCmd, "transfer") && !o->to) {
    fprintf(stderr, "renshe-node transfer: --to is required\n");
    return 2;
  }
  char *zList = strdup(o->zCluster);
  char *zInput = 0;
  const char *zSql = o->zSql;
  Client c;
  int rc = 1;
  if (!zList || client_init(&c, zList, o->timeout)) {
    free(zList);
    return 1;
  }
  if ((!strcmp(zCmd, "exec") || !strcmp(zCmd, "query")) && (!zSql || !strcmp(zSql, "-"))) {
    zInput = read_stdin();
    if (!zInput) {
      snprintf(c.zErr, sizeof c.zErr, "cannot read standard input");
      goto done;
    }
    zSql = zInput;
  }
  uint64_t id = 0;
  char zLeader[256];
  int fd = client_leader(&c, &id, zLeader, sizeof zLeader);
  if (fd < 0) goto done;
  if (!strcmp(zCmd, "leader")) {
    printf("%llu %s\n", (unsigned long long)id, zLeader);
    rc = 0;
  } else if (!strcmp(zCmd, "transfer")) {
    wire_reset(&c.w);
    if (wire_put_u64(&c.w, o->to) == 0 && client_empty(&c, fd, REQ_TRANSFER, "transfer") == 0) rc = 0;
  } else {
    uint64_t db = 0;
    if (client_open(&c, fd, o->zDb, &db) == 0) {
      if (!strcmp(zCmd, "exec")) rc = client_exec(&c, fd, db, zSql) == 0 ? 0 : 1;
      else if (client_exec(&c, fd, db, "BEGIN") == 0) {
        rc = client_query(&c, fd, db, zSql) == 0 ? 0 : 1;
        if (rc == 0) rc = client_exec(&c, fd, db, "COMMIT") == 0 ? 0 : 1;
        else {
          char zKeep[sizeof c.zErr];
          memcpy(zKeep, c.zErr, sizeof zKeep);
          client_exec(&c, fd, db, "ROLLBACK");
          memcpy(c.zErr, zKeep, sizeof zKeep);
        }
      }
    }
  }
  close(fd);
done:
  if (rc != 0) fprintf(stderr, "Error: %s\n", c.zErr);
  client_free(&c);
  free(zList);
  free(zInput);
  return rc;
}

/* }====== */

int main(int argc, char **argv) {
  Opts o;
  if (argc < 2) {
    usage();
    return 2;
  }
  const char *zCmd = argv[1];
  int known = !strcmp(zCmd, "serve") || !strcmp(zCmd, "exec") || !strcmp(zCmd, "query") ||
              !strcmp(zCmd, "leader") ||
              !strcmp(zCmd, "transfer");
  if (!known || parse_opts(argc, argv, &o) != 0) {
    usage();
    return 2;
  }
  if (o.zSql && strcmp(zCmd, "exec") != 0 && strcmp(zCmd, "query") != 0) {
    fprintf(stderr, "renshe-node %s: unexpected argument '%s'\n", zCmd, o.zSql);
    return 2;
  }
  if (!strcmp(zCmd, "serve")) return cmd_serve(&o);
  return cmd_client(zCmd, &o);
}
