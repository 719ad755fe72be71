"""Load benchmark of the story page on loopback: N concurrent clients, latency percentiles.

Starts `storylens serve` in a subprocess (a real server, as users run it), waits until it
answers, sends a bounded number of requests from concurrent clients, then stops it.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _hammer(url: str, *, clients: int, requests: int) -> list[float]:
    latencies: list[float] = []
    per_client = max(1, requests // clients)

    async def client() -> None:
        async with httpx.AsyncClient(timeout=30) as http:
            for _ in range(per_client):
                start = time.perf_counter()
                response = await http.get(url)
                response.raise_for_status()
                latencies.append(time.perf_counter() - start)

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies


def measure_story_page(db: str, story_id: str, *, clients: int = 20, requests: int = 400) -> dict[str, float]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "storylens.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/story/{story_id}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                httpx.get(url, timeout=5).raise_for_status()  # also warms the page cache
                break
            except httpx.HTTPError:
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not come up") from None
                time.sleep(0.3)
        start = time.perf_counter()
        latencies = asyncio.run(_hammer(url, clients=clients, requests=requests))
        wall = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    return {
        "web_clients": float(clients),
        "web_requests": float(len(latencies)),
        "web_median_ms": statistics.median(latencies) * 1000,
        "web_p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "web_requests_per_s": len(latencies) / wall,
    }
