"""Load benchmark of the story page and its API twin on loopback: N concurrent clients, latency percentiles.

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
    """Latencies of the story page (``web_*``) and of its API twin /api/stories/ID (``api_*``)
    on one server, one after the other."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "storylens.cli", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    figures: dict[str, float] = {"web_clients": float(clients)}
    try:
        _wait_until_up(f"{base}/", server)
        for prefix, path in (("web", f"/story/{story_id}"), ("api", f"/api/stories/{story_id}")):
            httpx.get(base + path, timeout=30).raise_for_status()  # warms the cache, as a first visitor does
            start = time.perf_counter()
            latencies = asyncio.run(_hammer(base + path, clients=clients, requests=requests))
            figures.update(_summary(prefix, sorted(latencies), time.perf_counter() - start))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return figures


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    deadline = time.time() + 60
    while True:
        try:
            httpx.get(url, timeout=5).raise_for_status()
            return
        except httpx.HTTPError:
            if time.time() > deadline or server.poll() is not None:
                raise RuntimeError("the server did not come up") from None
            time.sleep(0.3)


def _summary(prefix: str, latencies: list[float], wall: float) -> dict[str, float]:
    return {
        f"{prefix}_requests": float(len(latencies)),
        f"{prefix}_median_ms": statistics.median(latencies) * 1000,
        f"{prefix}_p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        f"{prefix}_requests_per_s": len(latencies) / wall,
    }
