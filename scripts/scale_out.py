#!/usr/bin/env python3
"""Helpers for scripts/scale-out.sh (Python 3 standard library only).

    scale_out.py pool OUT.json              planted values: cards, emails, phones
    scale_out.py sample POOL.json           one ticket body holding every planted value
    scale_out.py sink PORT POOL.json        upstream that records what it receives
    scale_out.py config CONFIGMAP KEYFILE   the ConfigMap's config.toml, for a loopback run
    scale_out.py haproxy TEMPLATE ...       the HAProxy config, rewritten for loopback
    scale_out.py load ...                   concurrent clients; kills one replica mid-run
    scale_out.py report ...                 the verdict on the load
    scale_out.py drain ...                  SIGTERM with a request in flight
    scale_out.py probe ...                  HAProxy's answer with no replica up
    scale_out.py leaks POOL.json FILE       planted values left in FILE
    scale_out.py ports N | ready ... | all-up ...   start-up plumbing

Planted values are fake but detectable: Luhn-valid card numbers in issuer
ranges, emails on example domains, phone numbers in fictional ranges. A
body that reaches the sink with any of them intact is a leak.
"""

import argparse
import http.client
import json
import os
import random
import re
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# ---------------------------------------------------------------- planted values


def luhn_complete(prefix, length, rng):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:  # doubled: the check digit will sit to their right
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    digits.append((10 - total % 10) % 10)
    return "".join(map(str, digits))


def group(num, sep):
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def make_pool(seed=20240501, n=40):
    rng = random.Random(seed)
    cards, emails, phones, kept = [], [], [], []
    first = ["jane", "omar", "li", "maria", "sven", "aiko", "pierre", "nadia"]
    last = ["doe", "haddad", "wei", "garcia", "berg", "tanaka", "martin", "okafor"]
    for i in range(n):
        prefix = rng.choice(["4", "4", "51", "52", "55", "2221"])
        num = luhn_complete(prefix, 16, rng)
        cards.append([num, group(num, " "), group(num, "-")][i % 3])
        emails.append(f"{rng.choice(first)}.{rng.choice(last)}{i}@mail{i % 5}.example.com")
        kept.append(f"requester{i}@customers.example.org")
        kind = i % 3
        if kind == 0:
            phones.append(f"+1 415 555 01{i % 100:02d}")
        elif kind == 1:
            phones.append(f"+44 20 7946 0{i % 1000:03d}")
        else:
            phones.append(f"+33 6 12 34 {i % 100:02d} {(i * 7) % 100:02d}")
    return {"card": cards, "email": emails, "phone": phones, "kept_email": kept}


def ticket_body(pool, serial, rng):
    card = rng.choice(pool["card"])
    email = rng.choice(pool["email"])
    phone = rng.choice(pool["phone"])
    kept = rng.choice(pool["kept_email"])
    doc = {
        "ticket": {
            "external_id": f"load-{serial:07d}",
            "subject": f"Refund for order 88{serial % 10000:04d}",
            "comment": {
                "body": (f"Hello, I was charged twice on my card {card} for order "
                         f"88{serial % 10000:04d}. Please call me back at {phone} or write to "
                         f"{email} if that is easier. Thanks!"),
                "public": False,
            },
            "requester": {"name": "Customer", "email": kept},
            "priority": "normal",
            "tags": ["billing", "refund", "web-form"],
            "custom_fields": [{"id": 360001, "value": "emea"}, {"id": 360002, "value": "tier-2"}],
        }
    }
    return json.dumps(doc).encode(), kept


def needles(pool):
    """Every planted value as it may still appear raw in a body."""
    out = set()
    for c in pool["card"]:
        out.add(c)
        out.add(re.sub(r"\D", "", c))
    out.update(pool["email"])
    out.update(pool["phone"])
    return sorted(out, key=len, reverse=True)


# ---------------------------------------------------------------- sink


class Sink:
    def __init__(self, pool):
        self.leak_re = re.compile("|".join(re.escape(n) for n in needles(pool)).encode())
        self.kept_re = re.compile("|".join(re.escape(k) for k in pool["kept_email"]).encode())
        self.lock = threading.Lock()
        self.stats = {"bodies": 0, "complete": 0, "partial": 0, "leaked": 0,
                      "kept_intact": 0, "leak_ids": []}

    def record(self, body, complete):
        leaked = self.leak_re.search(body) is not None
        kept = self.kept_re.search(body) is not None
        with self.lock:
            s = self.stats
            s["bodies"] += 1
            s["complete" if complete else "partial"] += 1
            s["kept_intact"] += kept
            if leaked:
                s["leaked"] += 1
                m = re.search(rb"load-\d+", body)
                if len(s["leak_ids"]) < 10:
                    s["leak_ids"].append(m.group().decode() if m else "?")


def read_body(handler):
    """(bytes, complete) for Content-Length or chunked framing."""
    te = handler.headers.get("Transfer-Encoding", "").lower()
    chunks = []
    try:
        if "chunked" in te:
            while True:
                line = handler.rfile.readline(1024)
                if not line:
                    return b"".join(chunks), False
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while handler.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks), True
                data = handler.rfile.read(size + 2)
                chunks.append(data[:size])
                if len(data) < size + 2:
                    return b"".join(chunks), False
        n = int(handler.headers.get("Content-Length") or 0)
        while n > 0:
            data = handler.rfile.read1(min(n, 65536)) if hasattr(handler.rfile, "read1") else handler.rfile.read(min(n, 65536))
            if not data:
                return b"".join(chunks), False
            chunks.append(data)
            n -= len(data)
        return b"".join(chunks), True
    except (OSError, ValueError):
        return b"".join(chunks), False


def run_sink(port, pool_path):
    sink = Sink(json.load(open(pool_path)))
    counter = iter(range(1, 1 << 62))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def reply(self, code, obj):
            # Head and body in one write, as a real server would: two small
            # writes meet Nagle and delayed ACKs (40 ms a request).
            data = json.dumps(obj).encode()
            self.send_response_only(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self._headers_buffer.append(b"\r\n" + data)
            self.flush_headers()

        def do_GET(self):
            if self.path == "/__report":
                with sink.lock:
                    self.reply(200, sink.stats)
            else:
                self.reply(404, {"error": "not found"})

        def do_POST(self):
            body, complete = read_body(self)
            sink.record(body, complete)
            if not complete:
                self.close_connection = True
                return
            self.reply(201, {"ticket": {"id": next(counter)}})

        do_PUT = do_POST

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 256

        def handle_error(self, request, client_address):
            pass  # a replica killed mid-request resets its connections

    srv = Server(("127.0.0.1", port), Handler)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))  # nothing to flush
    srv.serve_forever()


# ---------------------------------------------------------------- configs


def configmap_toml(path):
    """The config.toml block of the ConfigMap manifest (no YAML library)."""
    lines = open(path, encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "config.toml: |":
            indent = len(line) - len(line.lstrip()) + 2
            out = []
            for body in lines[i + 1:]:
                if body.strip() and len(body) - len(body.lstrip()) < indent:
                    break
                out.append(body[indent:])
            return "\n".join(out).rstrip() + "\n"
    raise SystemExit(f"{path}: no 'config.toml: |' block")


def loopback_config(configmap, key_file):
    """The deployed config, with the token key file moved to a local file.
    Listen, admin and upstream addresses are overridden by flags."""
    text = configmap_toml(configmap)
    text, n = re.subn(r'(?m)^key_file\s*=.*$', f'key_file = "{key_file}"', text)
    if n != 1:
        raise SystemExit("config.toml: expected one [token] key_file line")
    return text


def render_haproxy(template, front, stats, servers, health, sock):
    """Rewrite the shipped haproxy.cfg for a loopback run: only what must
    change (binds, server lines, process settings that need a real host:
    chroot, user, stats socket path, a global maxconn within the open-files
    limit).
    servers: list of (name, port, admin_port or None).
    health: "readyz" keeps the /readyz check on each admin port; "tcp"
    checks the traffic port with a plain connect (no admin listener)."""
    out, section, servers_done = [], None, False
    for line in open(template, encoding="utf-8").read().splitlines():
        s = line.strip()
        if line and not line[0].isspace() and not s.startswith("#"):
            section = s.split()[0:2]
        kw = s.split()[0] if s and not s.startswith("#") else ""
        if section and section[0] == "global" and kw in ("chroot", "user", "group"):
            continue  # runs as the invoking user, in place
        if section and section[0] == "global" and kw == "maxconn":
            out.append("    maxconn 4096")  # fits a default open-files limit
            continue
        if section and section[0] == "global" and kw == "stats" and "socket" in s:
            out.append(f"    stats socket {sock} mode 600 level admin")
            continue
        if kw == "bind":
            out.append(f"    bind {front if section[0] == 'frontend' else stats}")
            continue
        if health == "tcp" and kw in ("option", "http-check") and ("httpchk" in s or kw == "http-check"):
            continue
        if kw == "default-server" and health == "tcp":
            line = re.sub(r"\s+port \d+", "", line)
        if kw == "server":
            if not servers_done:
                for name, port, admin in servers:
                    extra = f" port {admin}" if health == "readyz" else ""
                    out.append(f"    server {name} 127.0.0.1:{port}{extra}")
                servers_done = True
            continue
        out.append(line)
    if not servers_done:
        raise SystemExit(f"{template}: no server lines to replace")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- load


def scrape_total(admin_url):
    """Sum of pii_proxy_requests_total on one replica, or None."""
    try:
        text = urllib.request.urlopen(admin_url + "/metrics", timeout=2).read().decode()
    except OSError:
        return None
    total, seen = 0.0, False
    for line in text.splitlines():
        if line.startswith("pii_proxy_requests_total"):
            total += float(line.rsplit(None, 1)[1])
            seen = True
    return int(total) if seen else None


def classify_exc(e):
    if isinstance(e, http.client.RemoteDisconnected):  # a ConnectionResetError too
        return "connection closed without a response"
    if isinstance(e, (ConnectionResetError, BrokenPipeError)):
        return "connection reset"
    if isinstance(e, http.client.IncompleteRead):
        return "response cut off"
    if isinstance(e, (socket.timeout, TimeoutError)):
        return "client timeout"
    if isinstance(e, ConnectionRefusedError):
        return "connection refused"
    return type(e).__name__


# How long after the kill a request may still fail because it was in flight
# on the killed replica.
KILL_WINDOW_S = 1.0


def run_load(a):
    """Clients post ticket bodies through HAProxy. Even-numbered clients keep
    their connection alive, as SDKs do; odd-numbered ones open a connection
    per request, as many webhook senders do. Failure kinds:

    clean      502/503/504 with a JSON error body (HAProxy's or the proxy's);
    retryable  the connection closed without a response, on a kept-alive
               connection, while the killed replica had the request: HAProxy
               answers a failed non-first request on a client connection that
               way on purpose, exactly like a server closing an idle
               keep-alive connection, so that clients apply their
               network-error retry rule (Go's net/http retries it when the
               request carries an Idempotency-Key; urllib3's Retry and most
               SDKs do too). It says what a 502 says: the request may or may
               not have reached the platform;
    not clean  anything else: a reset, a cut-off answer, a timeout, another
               status, or a close outside the kill window or on a fresh
               connection.
    """
    pool = json.load(open(a.pool))
    t_start = time.monotonic()
    stop = t_start + a.duration
    lock = threading.Lock()
    kill_time = [None]
    res = {"requests": 0, "ok": 0, "failures": {}, "clean": 0, "retryable": 0,
           "unclean": 0, "latency_ms": [], "unclean_detail": []}
    serial = iter(range(1, 1 << 62))

    def fail(kind, verdict, detail=None):
        with lock:
            key = f"{kind} [{verdict}]"
            res["failures"][key] = res["failures"].get(key, 0) + 1
            res[verdict.replace("not clean", "unclean")] += 1
            if detail and verdict == "not clean" and len(res["unclean_detail"]) < 20:
                res["unclean_detail"].append(detail)

    def client(i):
        rng = random.Random(i)
        keep_alive = i % 2 == 0
        conn, used = None, 0
        while time.monotonic() < stop:
            with lock:
                n = next(serial)
            body, _ = ticket_body(pool, n, rng)
            t0 = time.monotonic()
            reused = used > 0
            try:
                if conn is None:
                    conn, used = http.client.HTTPConnection("127.0.0.1", a.port, timeout=a.timeout), 0
                conn.request("POST", "/api/v2/tickets.json", body,
                             {"Content-Type": "application/json"})
                r = conn.getresponse()
                data = r.read()
                used += 1
                with lock:
                    res["requests"] += 1
                if 200 <= r.status < 300:
                    with lock:
                        res["ok"] += 1
                        res["latency_ms"].append((time.monotonic() - t0) * 1000)
                else:
                    try:
                        code = json.loads(data)["error"]["code"]
                    except (ValueError, KeyError, TypeError):
                        code = None
                    clean = r.status in (502, 503, 504) and code is not None
                    fail(f"HTTP {r.status} {code or '(no JSON error body)'}",
                         "clean" if clean else "not clean", f"HTTP {r.status} {data[:100]!r}")
                if not keep_alive or r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                now = time.monotonic()
                with lock:
                    res["requests"] += 1
                k = kill_time[0]
                in_window = k is not None and t0 <= k + KILL_WINDOW_S and now >= k
                kind = classify_exc(e)
                retryable = (isinstance(e, http.client.RemoteDisconnected) and reused
                             and in_window)
                fail(kind, "retryable" if retryable else "not clean",
                     f"{now - t_start:.3f} s after start, {(now - t0) * 1000:.0f} ms into the "
                     f"request, {'reused' if reused else 'fresh'} connection: {e!r}")
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(a.clients)]
    for t in threads:
        t.start()
    killed = None
    if a.kill_pid:
        time.sleep(a.kill_at)
        victim_before = scrape_total(a.kill_admin) if a.kill_admin else None
        kill_time[0] = time.monotonic()
        os.kill(a.kill_pid, signal.SIGKILL)
        killed = {"pid": a.kill_pid, "at_s": round(kill_time[0] - t_start, 3),
                  "requests_before_kill": victim_before}
    for t in threads:
        t.join(a.duration + a.timeout + 5)
    elapsed = time.monotonic() - t_start
    lat = sorted(res.pop("latency_ms"))
    res["elapsed_s"] = round(elapsed, 1)
    res["rps"] = round(res["requests"] / elapsed, 1)
    res["p50_ms"] = round(lat[len(lat) // 2], 1) if lat else None
    res["p99_ms"] = round(lat[int(len(lat) * 0.99)], 1) if lat else None
    res["killed"] = killed
    json.dump(res, open(a.out, "w"), indent=1)


# ---------------------------------------------------------------- report


def haproxy_stats(url):
    """{server: row} from HAProxy's CSV stats, backend pii_proxy."""
    text = urllib.request.urlopen(url + ";csv", timeout=3).read().decode()
    lines = text.splitlines()
    head = lines[0].lstrip("# ").split(",")
    rows = {}
    for line in lines[1:]:
        row = dict(zip(head, line.split(",")))
        if row.get("pxname") == "pii_proxy" and row.get("svname") not in ("BACKEND", "FRONTEND"):
            rows[row["svname"]] = row
    return rows


HTTPLOG = re.compile(r" pii_proxy/(\S+) \S+ (\d{3}) \+?\d+ \S+ \S+ (\S{4}) ")


def haproxy_errors(log_path):
    """{(server, status, termination state): n} for 5xx answers in HAProxy's log."""
    out = {}
    try:
        lines = open(log_path, errors="replace").read().splitlines()
    except OSError:
        return out
    for line in lines:
        m = HTTPLOG.search(line)
        if m and m.group(2).startswith("5"):
            out[m.groups()] = out.get(m.groups(), 0) + 1
    return out


def run_report(a):
    load = json.load(open(a.load))
    sink = json.loads(urllib.request.urlopen(a.sink_url + "/__report", timeout=3).read())
    stats = haproxy_stats(a.stats_url)
    problems = []

    print(f"load: {load['requests']} requests in {load['elapsed_s']} s "
          f"({load['rps']} req/s) from {a.clients} clients; p50 {load['p50_ms']} ms, "
          f"p99 {load['p99_ms']} ms (successful requests)")
    print(f"  succeeded: {load['ok']}")
    nfail = load["clean"] + load["retryable"] + load["unclean"]
    print(f"  failed:    {nfail} ({load['clean']} clean HTTP errors, {load['retryable']} "
          f"kept-alive connections closed without a response while in flight on the killed "
          f"replica, {load['unclean']} not clean)")
    for kind, n in sorted(load["failures"].items(), key=lambda kv: -kv[1]):
        print(f"    {n:6d}  {kind}")
    for d in load["unclean_detail"][:5]:
        print(f"      not clean: {d}")
    k = load["killed"]
    if k:
        print(f"  replica {a.killed} killed with SIGKILL at {k['at_s']} s")
    errs = haproxy_errors(a.haproxy_log)
    if errs:
        print("  HAProxy log, 5xx by replica and termination state "
              "(SH: replica closed before answering; SC: no replica could be connected to):")
        for (srv, status, term), n in sorted(errs.items()):
            print(f"    {n:6d}  {srv} {status} {term}")

    print("requests per replica (HAProxy counters; the replica's own /metrics where it has one):")
    for spec in a.replica:
        name, _, admin = spec.partition("=")
        row = stats.get(name, {})
        served = int(row.get("stot") or 0)
        if name == a.killed:
            metrics = k.get("requests_before_kill") if k else None
            when = " just before the kill"
        else:
            metrics = scrape_total(admin) if admin else None
            when = ""
        mtxt = "" if metrics is None else f"; /metrics{when}: {metrics}"
        print(f"  {name}: {served} requests ({row.get('hrsp_2xx', '?')} 2xx, "
              f"{row.get('hrsp_5xx', '?')} 5xx), {row.get('econ', '?')} connect errors, "
              f"{row.get('wredis', '?')} redispatched elsewhere{mtxt}; "
              f"now {row.get('status', '?')}{' (killed)' if name == a.killed else ''}")
        if served == 0:
            problems.append(f"replica {name} got no traffic")

    print(f"sink: {sink['bodies']} bodies received ({sink['complete']} complete, "
          f"{sink['partial']} cut off); with a planted value intact: {sink['leaked']}")
    extra = sink["bodies"] - load["ok"]
    if nfail and extra > 0:
        print(f"  {extra} of the {nfail} failed requests had reached the sink anyway: "
              f"why HAProxy must not retry them")
    if a.kept_check:
        print(f"  requester email kept, as the tickets route says, in {sink['kept_intact']} bodies")
    if sink["leaked"]:
        problems.append(f"{sink['leaked']} bodies reached the upstream with a planted value "
                        f"(e.g. {', '.join(sink['leak_ids'][:5])})")
    if load["unclean"]:
        problems.append(f"{load['unclean']} failures were neither a clean 502/503/504 nor a "
                        f"retryable close of a request in flight on the killed replica")
    if load["ok"] == 0:
        problems.append("no request succeeded")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


# ---------------------------------------------------------------- drain


def http_status(url, timeout=1.0):
    try:
        return urllib.request.urlopen(url, timeout=timeout).status
    except urllib.error.HTTPError as e:
        return e.code
    except OSError:
        return None


def run_drain(a):
    """A request in flight on one replica when it gets SIGTERM must
    complete; its readiness must fail at once and HAProxy must take it out."""
    pool = json.load(open(a.pool))
    body, _ = ticket_body(pool, 9999999, random.Random(7))
    half = len(body) // 2
    problems = []
    s = socket.create_connection(("127.0.0.1", a.port), timeout=10)
    s.sendall(b"POST /api/v2/tickets.json HTTP/1.1\r\nHost: pii-proxy\r\n"
              b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
              + body[:half])
    time.sleep(0.3)
    os.kill(a.pid, signal.SIGTERM)
    t0 = time.monotonic()
    print(f"drain: SIGTERM to {a.server} with a request half sent")
    if a.admin:
        unready = None
        while time.monotonic() - t0 < 2:
            st = http_status(a.admin + "/readyz")
            if st == 503:
                unready = time.monotonic() - t0
                break
            time.sleep(0.05)
        if unready is None:
            problems.append(f"/readyz did not turn 503 within 2 s of SIGTERM (last: {st})")
        else:
            print(f"  /readyz 503 after {unready * 1000:.0f} ms")
        # Liveness must hold while draining, or the kubelet would restart a
        # pod that is only finishing its requests.
        live = http_status(a.admin + "/livez")
        print(f"  /livez while draining: {live}")
        if live != 200:
            problems.append(f"/livez answered {live} while draining (must stay 200)")
        down = None
        while time.monotonic() - t0 < 8:
            row = haproxy_stats(a.stats_url).get(a.server, {})
            if row.get("status", "").startswith(("DOWN", "NOLB", "MAINT")):
                down = time.monotonic() - t0
                break
            time.sleep(0.1)
        if down is None:
            problems.append("HAProxy still sends to the draining replica after 8 s")
        else:
            print(f"  HAProxy marked it {row['status']} after {down:.1f} s")
    else:
        time.sleep(1)
    try:
        s.sendall(body[half:])
        s.settimeout(10)
        head = s.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace")
    except OSError as e:
        head = f"{type(e).__name__}"
    s.close()
    print(f"  the request in flight got: {head}")
    if not head.startswith("HTTP/1.1 2"):
        problems.append(f"the request in flight during the drain did not succeed ({head})")
    for p in problems:
        print(f"FAIL: {p}")
    return 1 if problems else 0


def run_probe(a):
    """With every replica gone, HAProxy answers 503 with a JSON error."""
    deadline = time.monotonic() + 8
    last = None
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", a.port, timeout=5)
            c.request("POST", "/api/v2/tickets.json", b'{"ticket":{}}',
                      {"Content-Type": "application/json"})
            r = c.getresponse()
            data = r.read()
            c.close()
            last = f"{r.status} {data[:120].decode(errors='replace')}"
            if r.status == 503:
                code = json.loads(data)["error"]["code"]
                print(f"no replica up: HAProxy answers {r.status} {code}, "
                      f"Retry-After {r.getheader('Retry-After')}")
                return 0
        except (OSError, http.client.HTTPException, ValueError, KeyError) as e:
            last = repr(e)
        time.sleep(0.2)
    print(f"FAIL: with no replica up HAProxy did not answer a clean 503 (last: {last})")
    return 1


def alive(pid):
    """Running, as opposed to gone or a zombie waiting for its parent."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def wait_ready(a):
    """Wait for an HTTP 200 on --url, or a TCP accept on --tcp; fail early
    if --pid has exited."""
    deadline = time.monotonic() + a.timeout
    while time.monotonic() < deadline:
        if a.pid and not alive(a.pid):
            print(f"process {a.pid} exited before it was ready")
            return 1
        if a.url and http_status(a.url) == 200:
            return 0
        if a.tcp:
            try:
                socket.create_connection(("127.0.0.1", a.tcp), timeout=1).close()
                return 0
            except OSError:
                pass
        time.sleep(0.1)
    print(f"not ready within {a.timeout} s: {a.url or a.tcp}")
    return 1


# ---------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pool"); p.add_argument("out")
    p = sub.add_parser("sample"); p.add_argument("pool")
    p = sub.add_parser("sink"); p.add_argument("port", type=int); p.add_argument("pool")
    p = sub.add_parser("config"); p.add_argument("configmap"); p.add_argument("key_file")
    p = sub.add_parser("haproxy")
    p.add_argument("template"); p.add_argument("--front", required=True)
    p.add_argument("--stats", required=True); p.add_argument("--socket", required=True)
    p.add_argument("--health", choices=["readyz", "tcp"], required=True)
    p.add_argument("--server", action="append", required=True, help="name:port[:admin_port]")
    p = sub.add_parser("load")
    p.add_argument("--port", type=int, required=True); p.add_argument("--pool", required=True)
    p.add_argument("--clients", type=int, default=20); p.add_argument("--duration", type=float, default=15)
    p.add_argument("--timeout", type=float, default=10)
    p.add_argument("--kill-pid", type=int); p.add_argument("--kill-at", type=float, default=5)
    p.add_argument("--kill-admin"); p.add_argument("--out", required=True)
    p = sub.add_parser("report")
    p.add_argument("--load", required=True); p.add_argument("--sink-url", required=True)
    p.add_argument("--stats-url", required=True); p.add_argument("--haproxy-log", required=True)
    p.add_argument("--replica", action="append", required=True, help="name[=admin_url]")
    p.add_argument("--killed"); p.add_argument("--clients", type=int, default=20)
    p.add_argument("--kept-check", action="store_true")
    p = sub.add_parser("drain")
    p.add_argument("--port", type=int, required=True); p.add_argument("--pid", type=int, required=True)
    p.add_argument("--server", required=True); p.add_argument("--admin")
    p.add_argument("--stats-url", required=True); p.add_argument("--pool", required=True)
    p = sub.add_parser("probe"); p.add_argument("--port", type=int, required=True)
    p = sub.add_parser("leaks"); p.add_argument("pool"); p.add_argument("file")
    p = sub.add_parser("ports"); p.add_argument("n", type=int)
    p = sub.add_parser("ready")
    p.add_argument("--url"); p.add_argument("--tcp", type=int); p.add_argument("--pid", type=int)
    p.add_argument("--timeout", type=float, default=10)
    p = sub.add_parser("all-up")
    p.add_argument("stats_url"); p.add_argument("n", type=int); p.add_argument("--timeout", type=float, default=10)
    a = ap.parse_args()

    if a.cmd == "pool":
        json.dump(make_pool(), open(a.out, "w"))
    elif a.cmd == "sample":
        pool = json.load(open(a.pool))
        doc = {"notes": [f"card {c}, mail {e}, call {p}"
                         for c, e, p in zip(pool["card"], pool["email"], pool["phone"])]}
        sys.stdout.write(json.dumps(doc))
    elif a.cmd == "sink":
        run_sink(a.port, a.pool)
    elif a.cmd == "config":
        sys.stdout.write(loopback_config(a.configmap, a.key_file))
    elif a.cmd == "haproxy":
        servers = []
        for s in a.server:
            parts = s.split(":")
            servers.append((parts[0], int(parts[1]), int(parts[2]) if len(parts) > 2 else None))
        sys.stdout.write(render_haproxy(a.template, a.front, a.stats, servers, a.health, a.socket))
    elif a.cmd == "load":
        run_load(a)
    elif a.cmd == "report":
        return run_report(a)
    elif a.cmd == "drain":
        return run_drain(a)
    elif a.cmd == "probe":
        return run_probe(a)
    elif a.cmd == "leaks":
        pool = json.load(open(a.pool))
        text = open(a.file, errors="replace").read()
        left = [n for n in needles(pool) if n in text]
        print(f"{len(left)} planted values left after redaction")
        return 1 if left else 0
    elif a.cmd == "ports":
        socks = [socket.socket() for _ in range(a.n)]
        for s in socks:
            s.bind(("127.0.0.1", 0))
        print(" ".join(str(s.getsockname()[1]) for s in socks))
        for s in socks:
            s.close()
    elif a.cmd == "ready":
        return wait_ready(a)
    elif a.cmd == "all-up":
        deadline = time.monotonic() + a.timeout
        while time.monotonic() < deadline:
            try:
                rows = haproxy_stats(a.stats_url)
                if sum(r.get("status") == "UP" for r in rows.values()) == a.n:
                    return 0
            except OSError:
                pass
            time.sleep(0.2)
        print(f"HAProxy did not see {a.n} replicas UP within {a.timeout} s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
