"""Web benchmark: the daily-log submission against a bare endpoint, on the real server.

For each database (a fresh SQLite file, then PostgreSQL at 127.0.0.1:5432 in a database of its
own, created and dropped here), it seeds patients on a programme, each with an API token, starts
`achillespath serve` (gunicorn, the production configuration) on a free loopback port, and drives
concurrent keep-alive clients against:
  (a) POST /api/me/logs: authenticated, written to the database, answering the next session;
      each client is its own patient and cycles through the last 13 days, so the first requests
      insert logs and later ones update them;
  (b) GET /api/ping: a constant answer that touches no database.
Each scenario warms up briefly, then runs until its time or request budget is spent.

Run: .venv/bin/python bench/web.py [--clients 50] [--seconds 20] [--max-requests 20000]
     [--databases sqlite,postgres] [--workers N --threads N] [--rate R]
By default every client sends its next request as soon as the last is answered (the server's
ceiling); --rate R instead offers R requests per second in all, spread over the clients.
Targets (issue 3): p99 under 50 ms, and (a) at least 40% of (b)'s throughput.

The clients are a few dozen lines of asyncio speaking HTTP/1.1 (no httpx): on a small machine
they share the CPU with the server, and the leaner they are the less they take from it.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import psycopg

POSTGRES = "host=127.0.0.1 port=5432 user=postgres dbname=test"
BENCH_DATABASE = "achillespath_bench"
LOG_DAYS_BACK = range(1, 14)  # inside the 14-day back-fill window, clear of midnight
WARM_UP_SECONDS = 2.0
P99_TARGET_MS = 50.0
RATIO_TARGET = 0.40


# --- Seeding (runs in a child process: Django reads its database from the environment) -----


def seed(count: int) -> list[str]:
    """A clinic with `count` patients on the midportion programme; their API tokens."""
    import django  # noqa: PLC0415 - only the seeding child configures Django

    django.setup()
    from django.core.management import call_command  # noqa: PLC0415
    from django.utils import timezone  # noqa: PLC0415

    from achillespath.web import models  # noqa: PLC0415

    call_command("migrate", interactive=False, verbosity=0)
    clinic = models.Clinic.objects.create(name="Benchmark Clinic", slug="benchmark")
    start = timezone.localdate() - dt.timedelta(days=20)
    tokens = []
    for number in range(count):
        user = models.User.objects.create_user(
            f"patient{number}@bench.example", None, role=models.Role.PATIENT, clinic=clinic
        )
        patient = models.Patient.objects.create(user=user, clinic=clinic, display_name=f"P{number}")
        models.Prescription.objects.create(
            patient=patient, programme="midportion", start_date=start, side="right"
        )
        tokens.append(models.ApiToken.objects.issue(user, "benchmark")[1])
    return tokens


def seeded_tokens(environment: dict[str, str], count: int) -> list[str]:
    command = [sys.executable, __file__, "--seed-only", str(count)]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"seeding failed:\n{done.stderr}")
    tokens: list[str] = json.loads(done.stdout)
    return tokens


# --- The server ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_server(environment: dict[str, str], port: int, log: Path) -> Iterator[int]:
    """`achillespath serve` on 127.0.0.1:`port` until the block ends; yields its process id."""
    command = [sys.executable, "-m", "achillespath.cli.main", "serve", "--port", str(port)]
    with log.open("w") as output:
        server = subprocess.Popen(command, env=environment, stdout=output, stderr=output)
        try:
            wait_until_healthy(port, server, log)
            yield server.pid
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()


def wait_until_healthy(port: int, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped:\n{log.read_text()}")
        health = f"http://127.0.0.1:{port}/healthz"
        with suppress(OSError), urllib.request.urlopen(health, timeout=1) as answer:
            if answer.status == 200:
                return
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer /healthz within 60 s:\n{log.read_text()}")


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) used so far by a process and all its descendants: the server's
    master and workers. The work per request, unlike requests per second, does not depend on
    what else the machine is doing."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        with suppress(OSError):
            fields = Path(f"/proc/{current}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(child) for child in (task / "children").read_text().split()]
    return total


# --- The clients -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    token: str | None = None
    body: bytes = b""

    def encode(self) -> bytes:
        lines = [f"{self.method} {self.path} HTTP/1.1", "Host: 127.0.0.1"]
        if self.token:
            lines.append(f"Authorization: Bearer {self.token}")
        if self.body:
            lines += ["Content-Type: application/json", f"Content-Length: {len(self.body)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + self.body


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: Request
) -> int:
    """Send one request on a kept-alive connection; the response's status code."""
    writer.write(request.encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


@dataclass
class Tally:
    latencies: list[float]
    errors: int = 0


@dataclass
class Load:
    """How hard to push: until `stop_at` or until `budget` requests are spent. With `interval`,
    each client sends one request every `interval` seconds (an offered rate, timed from when
    each request was due, so a slow server cannot hide its queue); without, back to back."""

    stop_at: float
    budget: int
    interval: float | None = None


async def client(
    port: int, make: Callable[[int], Request], load: Load, tally: Tally, offset: float
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    due = time.perf_counter() + offset
    sent = 0
    try:
        while time.perf_counter() < load.stop_at and load.budget > 0:
            load.budget -= 1
            if load.interval:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                started, due = due, due + load.interval
            else:
                started = time.perf_counter()
            try:
                status = await exchange(reader, writer, make(sent))
            except (OSError, asyncio.IncompleteReadError, ValueError):
                tally.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.errors += status >= 300
            sent += 1
    finally:
        writer.close()


async def drive(
    port: int, makers: list[Callable[[int], Request]], seconds: float, args: argparse.Namespace
) -> tuple[Tally, float]:
    """All clients at once until `seconds` pass or the request budget is spent."""
    tally = Tally(latencies=[])
    interval = len(makers) / args.rate if args.rate else None
    started = time.perf_counter()
    load = Load(stop_at=started + seconds, budget=args.max_requests, interval=interval)
    spread = (interval or 0) / len(makers)
    await asyncio.gather(
        *(client(port, make, load, tally, number * spread) for number, make in enumerate(makers))
    )
    return tally, time.perf_counter() - started


def log_maker(token: str, rng: random.Random) -> Callable[[int], Request]:
    today = dt.date.today()

    def make(number: int) -> Request:
        day = today - dt.timedelta(days=LOG_DAYS_BACK[number % len(LOG_DAYS_BACK)])
        body = {
            "date": day.isoformat(),
            "sets_done": 3,
            "load_kg": 0,
            "pain_during": rng.randint(0, 4),
            "morning_pain": rng.randint(0, 3),
            "morning_stiffness_minutes": rng.choice((0, 5, 10)),
        }
        return Request("POST", "/api/me/logs", token, json.dumps(body).encode())

    return make


def ping_maker(_: int) -> Request:
    return Request("GET", "/api/ping")


# --- Results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    database: str
    scenario: str
    requests: int
    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    server_cpu_ms: float
    client_cpu_ms: float


@dataclass(frozen=True)
class Measured:
    tally: Tally
    elapsed: float
    server_cpu: float
    client_cpu: float


def summarise(database: str, scenario: str, measured: Measured) -> Result:
    tally, elapsed = measured.tally, measured.elapsed
    cuts = statistics.quantiles(tally.latencies, n=100, method="inclusive")
    count = max(len(tally.latencies), 1)
    return Result(
        database=database,
        scenario=scenario,
        requests=len(tally.latencies),
        per_second=len(tally.latencies) / elapsed,
        p50_ms=cuts[49] * 1000,
        p99_ms=cuts[98] * 1000,
        errors=tally.errors,
        server_cpu_ms=measured.server_cpu * 1000 / count,
        client_cpu_ms=measured.client_cpu * 1000 / count,
    )


def scenario(
    database: str,
    name: str,
    server: tuple[int, int],
    makers: list[Callable[[int], Request]],
    args: argparse.Namespace,
) -> Result:
    """Warm up, then measure; `server` is its (process id, port)."""
    pid, port = server
    asyncio.run(drive(port, makers, WARM_UP_SECONDS, args))
    server_before, client_before = cpu_seconds(pid), time.process_time()
    tally, elapsed = asyncio.run(drive(port, makers, args.seconds, args))
    server_cpu, client_cpu = cpu_seconds(pid) - server_before, time.process_time() - client_before
    return summarise(database, name, Measured(tally, elapsed, server_cpu, client_cpu))


def table(results: list[Result], paced: bool) -> str:
    """The results as a markdown table; the ratio only when both ran flat out."""
    rows = [
        "| database | scenario | requests | requests/s | p50 ms | p99 ms | errors | (a)/(b) "
        "| server CPU ms | client CPU ms |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    bare = {result.database: result.per_second for result in results if "ping" in result.scenario}
    for result in results:
        ratio = (
            f"{result.per_second / bare[result.database]:.0%}"
            if "logs" in result.scenario and bare.get(result.database) and not paced
            else ""
        )
        rows.append(
            f"| {result.database} | {result.scenario} | {result.requests:,} | "
            f"{result.per_second:,.0f} | {result.p50_ms:.1f} | {result.p99_ms:.1f} | "
            f"{result.errors} | {ratio} | {result.server_cpu_ms:.2f} | {result.client_cpu_ms:.2f} |"
        )
    return "\n".join(rows)


# --- One database, start to finish -------------------------------------------------------------


@contextmanager
def database_url(kind: str, directory: Path) -> Iterator[str]:
    """A fresh, empty database of this kind for one run; PostgreSQL's is dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{directory / 'bench.sqlite3'}"
        return
    with psycopg.connect(POSTGRES, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE}")
        admin.execute(f"CREATE DATABASE {BENCH_DATABASE}")
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{BENCH_DATABASE}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")


def server_environment(directory: Path, url: str, args: argparse.Namespace) -> dict[str, str]:
    environment = {
        **os.environ,
        # Another settings module may be given, to try a setting before proposing it.
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "achillespath.web.settings"
        ),
        "ACHILLESPATH_DATA_DIR": str(directory),
        "ACHILLESPATH_DATABASE_URL": url,
    }
    if args.workers:
        environment["ACHILLESPATH_WORKERS"] = str(args.workers)
    if args.threads:
        environment["ACHILLESPATH_THREADS"] = str(args.threads)
    return environment


def run_database(kind: str, args: argparse.Namespace) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="achillespath-bench-") as temporary:
        directory = Path(temporary)
        with database_url(kind, directory) as url:
            environment = server_environment(directory, url, args)
            tokens = seeded_tokens(environment, args.clients)
            port = free_port()
            with running_server(environment, port, directory / "server.log") as pid:
                rng = random.Random(args.seed)
                logs = [log_maker(token, rng) for token in tokens]
                pings = [ping_maker] * args.clients
                return [
                    scenario(kind, "(b) GET /api/ping", (pid, port), pings, args),
                    scenario(kind, "(a) POST /api/me/logs", (pid, port), logs, args),
                ]


def verdicts(results: list[Result], paced: bool) -> list[str]:
    """One line per missed target (the throughput ratio only when both ran flat out)."""
    bare = {result.database: result.per_second for result in results if "ping" in result.scenario}
    missed = [
        f"- {result.database} {result.scenario}: p99 {result.p99_ms:.0f} ms, target under "
        f"{P99_TARGET_MS:g} ms"
        for result in results
        if result.p99_ms >= P99_TARGET_MS
    ]
    for result in results:
        ratio = result.per_second / bare.get(result.database, float("inf"))
        if "logs" in result.scenario and ratio < RATIO_TARGET and not paced:
            missed.append(
                f"- {result.database}: (a)/(b) {ratio:.0%}, target at least {RATIO_TARGET:.0%}"
            )
    return missed


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (50)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per scenario (20)")
    parser.add_argument("--max-requests", type=int, default=20_000, help="per scenario")
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite,postgres")
    parser.add_argument(
        "--rate", type=float, help="offered requests/s over all clients (default: back to back)"
    )
    parser.add_argument("--workers", type=int, help="gunicorn workers (server default)")
    parser.add_argument("--threads", type=int, help="threads per worker (server default)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seed-only", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = arguments()
    if args.seed_only is not None:
        print(json.dumps(seed(args.seed_only)))
        return
    load_before = os.getloadavg()[0]
    results = [result for kind in args.databases.split(",") for result in run_database(kind, args)]
    pace = f"{args.rate:g} requests/s offered" if args.rate else "back to back"
    server = f"{args.workers or 'default'} workers x {args.threads or 'default'} threads"
    print(
        f"{args.clients} clients ({pace}), {args.seconds:g} s or {args.max_requests:,} requests "
        f"per scenario; gunicorn {server}; {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after"
    )
    print(table(results, paced=bool(args.rate)))
    print("\n".join(verdicts(results, paced=bool(args.rate))) or "All targets met.")


if __name__ == "__main__":
    main()
